package io.dfschema.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** {@code jdbc:dfschema:ballista://...} URLs (docs/distributed.md); conformance-tests' ClusterTest runs real clusters. */
class ClusterUrlTest {

    @Test
    void theSchedulerBecomesTheEnginePropertyAndTheRestIsTheTarget() throws SQLException {
        ConnectionUrl plain = ConnectionUrl.parse("jdbc:dfschema:ballista://10.0.0.5:50050");
        assertNull(plain.target());
        assertEquals("ballista://10.0.0.5:50050", plain.properties().get("engine"));
        assertNull(ConnectionUrl.parse("jdbc:dfschema:ballista://h:1/").target());
        assertEquals("/data/c.dfschema.yaml", ConnectionUrl.parse("jdbc:dfschema:ballista://h:1/data/c.dfschema.yaml").target());
        assertEquals("repo:///srv/contracts", ConnectionUrl.parse("jdbc:dfschema:ballista://h:1/repo:///srv/contracts").target());
        ConnectionUrl dataset = ConnectionUrl.parse("jdbc:dfschema:ballista://h:1/dataset://orders@2?registry=/r");
        assertEquals("dataset://orders@2", dataset.target());
        assertEquals("/r", dataset.properties().get("registry"));
    }

    @Test
    void aUrlWithoutSchedulerOrWithAConflictingEnginePropertyIsRefused() {
        SQLException none = assertThrows(SQLException.class, () -> ConnectionUrl.parse("jdbc:dfschema:ballista:///x.yaml"));
        assertEquals(SqlErrors.INVALID_CONNECTION_ATTRIBUTE, none.getSQLState());
        SQLException conflict = assertThrows(SQLException.class,
                () -> ConnectionUrl.parse("jdbc:dfschema:ballista://a:1?engine=ballista://b:2"));
        assertTrue(conflict.getMessage().contains("ballista://b:2"), conflict.getMessage());
    }

    @Test
    void aSchedulerNobodyListensOnFailsTheConnectionWith08001() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed
        }
        String url = "jdbc:dfschema:ballista://127.0.0.1:" + port;
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        SQLException malformed = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:dfschema:?engine=ballista://h:notaport"));
        assertEquals("08001", malformed.getSQLState());
    }
}
