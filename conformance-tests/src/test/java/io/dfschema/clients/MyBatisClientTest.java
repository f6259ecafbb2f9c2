package io.dfschema.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfschema.clients.ProfileMapper.Address;
import io.dfschema.clients.ProfileMapper.Customer;
import io.dfschema.clients.ProfileMapper.Order;
import io.dfschema.clients.ProfileMapper.Profile;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MyBatis with its own POOLED data source over the driver, an XML mapper with result maps over
 * struct, list and map columns (type handlers reading java.sql.Struct, java.sql.Array and
 * java.util.Map), a nested collection from a join, dynamic SQL and parameter binding of every
 * common Java type, including nulls; and an annotated mapper over the CST contract catalog.
 */
class MyBatisClientTest {

    @TempDir
    static Path dir;
    private static SqlSessionFactory factory;

    @BeforeAll
    static void build() throws Exception {
        Properties props = new Properties();
        props.setProperty("url", ClientFixture.fixtureUrl(dir));
        try (InputStream config = Resources.getResourceAsStream("clients/mybatis-config.xml")) {
            factory = new SqlSessionFactoryBuilder().build(config, props);
        }
    }

    @AfterAll
    static void closePool() {
        ((PooledDataSource) factory.getConfiguration().getEnvironment().getDataSource()).forceCloseAll();
    }

    @Test
    void resultMapsReadStructListAndMapColumns() {
        try (SqlSession session = factory.openSession()) {
            ProfileMapper mapper = session.getMapper(ProfileMapper.class);
            List<Profile> all = mapper.allProfiles();
            assertEquals(3, all.size());
            Profile first = all.get(0);
            assertEquals(1L, first.id);
            assertEquals(new Address("Main St", 12345), first.address);
            assertEquals(List.of("admin", "dev"), first.tags);
            assertEquals(Map.of("logins", 7L, "posts", 3L), first.scores);
            assertEquals(new Address("Elm St", 54321), all.get(1).address);
            assertEquals(List.of("dev"), all.get(1).tags);
            Profile third = all.get(2);
            assertNull(third.address, "a NULL struct is a null property");
            assertEquals(List.of(), third.tags, "an empty list stays empty");
            assertEquals(Map.of("logins", 0L), third.scores);

            Profile two = mapper.profileById(2);
            assertEquals(2L, two.id);
            assertEquals("Elm St", two.address.street());
            assertNull(mapper.profileById(99));

            assertEquals(List.of(1L, 2L), mapper.profilesWithTag("dev").stream().map(p -> p.id).toList());
            assertEquals(List.of(1L), mapper.profilesWithTag("admin").stream().map(p -> p.id).toList());
        }
    }

    @Test
    void nestedCollectionFromAJoin() {
        try (SqlSession session = factory.openSession()) {
            List<Customer> customers = session.getMapper(ProfileMapper.class)
                    .customersWithOrders(new BigDecimal("40.00"));
            assertEquals(List.of("Ada", "Grace"), customers.stream().map(c -> c.name).toList());
            Customer ada = customers.get(0);
            assertEquals(1L, ada.id);
            assertEquals("London", ada.city);
            assertEquals(List.of(10, 11), ada.orders.stream().map(o -> o.orderId).toList());
            assertEquals(0, new BigDecimal("40.50").compareTo(ada.orders.get(1).amount));
            assertNull(ada.orders.get(1).note);
            assertEquals(Timestamp.valueOf("2024-01-05 10:00:00"), ada.orders.get(0).orderedAt);
            assertEquals(List.of(12, 13), customers.get(1).orders.stream().map(o -> o.orderId).toList());
        }
    }

    @Test
    void dynamicSqlAndParameterBinding() {
        try (SqlSession session = factory.openSession()) {
            ProfileMapper m = session.getMapper(ProfileMapper.class);
            assertEquals(List.of(10, 11, 12, 13, 14, 15), ids(m.findOrders(null, null, null, null)));
            assertEquals(List.of(10, 11, 14), ids(m.findOrders(List.of(1L, 3L), null, null, null)));
            assertEquals(List.of(10, 14), ids(m.findOrders(List.of(1L, 3L), "%s%", null, null)));
            assertEquals(List.of(13, 14, 15),
                    ids(m.findOrders(null, null, Timestamp.valueOf("2024-02-01 09:15:00"), null)));
            assertEquals(List.of(13, 15),
                    ids(m.findOrders(null, null, Timestamp.valueOf("2024-02-01 09:15:00"), new BigDecimal("100"))));
            Order o = m.findOrders(List.of(2L), "gift", null, null).get(0);
            assertEquals(12, o.orderId);
            assertEquals(2L, o.customerId);
            assertEquals(0, new BigDecimal("99.99").compareTo(o.amount));

            assertEquals(2L, m.countOrders(1L));
            assertEquals(0L, m.countOrders(null), "a NULL bind compares as unknown");
        }
    }

    @Test
    void insertAndReadBackInOneSession() {
        // each pooled connection is its own in-memory session: DDL and DML share the session's connection
        try (SqlSession session = factory.openSession(true)) {
            try (var st = session.getConnection().createStatement()) {
                st.execute("CREATE OR REPLACE TABLE notes (id BIGINT, body VARCHAR, at TIMESTAMP)");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            ProfileMapper m = session.getMapper(ProfileMapper.class);
            assertEquals(1, m.insertNote(1, "it's \"quoted\" ü", Timestamp.valueOf("2024-06-01 12:00:00")));
            assertEquals(1, m.insertNote(2, null, null));
            session.commit();
            assertEquals("it's \"quoted\" ü", m.noteBody(1));
            assertNull(m.noteBody(2));
            assertNull(m.noteBody(3));
        }
    }

    /** An annotated mapper over the CST contract catalog, through the same configuration and pool. */
    interface CstMapper {
        @Select("SELECT repo, path, name FROM libcst_names WHERE repo = #{repo} AND path = #{path} ORDER BY node_id")
        List<Map<String, Object>> names(@Param("repo") String repo, @Param("path") String path);
    }

    @Test
    void annotatedMapperOverTheContractCatalog(@TempDir Path cst) throws Exception {
        Properties props = new Properties();
        props.setProperty("url", CstCatalog.url(cst));
        SqlSessionFactory cstFactory;
        try (InputStream config = Resources.getResourceAsStream("clients/mybatis-config.xml")) {
            cstFactory = new SqlSessionFactoryBuilder().build(config, props);
        }
        cstFactory.getConfiguration().addMapper(CstMapper.class);
        try (SqlSession session = cstFactory.openSession()) {
            List<Map<String, Object>> names = session.getMapper(CstMapper.class).names("httpkit", "src/errors.py");
            assertEquals(Map.of("repo", "httpkit", "path", "src/errors.py", "name", "config"), names.get(0));
            assertTrue(names.size() > 1, names.toString());
        } finally {
            ((PooledDataSource) cstFactory.getConfiguration().getEnvironment().getDataSource()).forceCloseAll();
        }
    }

    private static List<Integer> ids(List<Order> orders) {
        assertTrue(orders.stream().allMatch(o -> o.orderId != null));
        return orders.stream().map(o -> o.orderId).toList();
    }
}
