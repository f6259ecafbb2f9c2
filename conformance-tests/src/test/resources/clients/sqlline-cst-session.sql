!tables
!columns libcst_files
!describe libcst_nodes
!primarykeys refs
!importedkeys refs
!exportedkeys libcst_nodes
!indexes libcst_files
SELECT repo, path, node_id, name, bstart, bend FROM libcst_names WHERE repo = 'httpkit' AND path = 'src/errors.py' ORDER BY node_id LIMIT 2;
SELECT dataset, version, status, profile FROM dfschema.registrations WHERE status = 'registered' ORDER BY dataset;
!set outputformat csv
SELECT callee, count(*) AS calls FROM call_edges GROUP BY callee ORDER BY calls DESC, callee LIMIT 3;
