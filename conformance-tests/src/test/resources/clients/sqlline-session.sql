!tables
!columns orders
!describe customers
!primarykeys orders
!importedkeys orders
!indexes orders
!dbinfo
SELECT name, city FROM customers ORDER BY id;
SELECT o.order_id, c.name, o.amount FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.amount >= 100 ORDER BY o.order_id;
SELECT id, address, tags, scores FROM profiles ORDER BY id;
!set outputformat csv
SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY kind;
CREATE TABLE made_in_sqlline AS SELECT 42 AS answer;
!tables made%
!columns made_in_sqlline
