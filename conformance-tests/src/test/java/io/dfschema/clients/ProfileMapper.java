package io.dfschema.clients;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * The MyBatis mapper of {@link MyBatisClientTest}: statements and result maps are in
 * {@code clients/ProfileMapper.xml}, two annotated ones here. The model classes and the type
 * handlers that read {@link Struct}, {@link Array} and map columns are nested below.
 */
public interface ProfileMapper {

    List<Profile> allProfiles();

    Profile profileById(@Param("id") long id);

    List<Profile> profilesWithTag(@Param("tag") String tag);

    List<Customer> customersWithOrders(@Param("minAmount") BigDecimal minAmount);

    List<Order> findOrders(@Param("customerIds") List<Long> customerIds, @Param("noteLike") String noteLike,
                           @Param("after") Timestamp after, @Param("minAmount") BigDecimal minAmount);

    int insertNote(@Param("id") long id, @Param("body") String body, @Param("at") Timestamp at);

    @Select("SELECT body FROM notes WHERE id = #{id}")
    String noteBody(@Param("id") long id);

    @Select("SELECT count(*) FROM orders WHERE customer_id = #{customerId, jdbcType=BIGINT}")
    long countOrders(@Param("customerId") Long customerId);

    /** A row of profiles. */
    class Profile {
        public Long id;
        public Address address;
        public List<String> tags;
        public Map<String, Long> scores;
    }

    /** The address struct: Struct("street": Utf8, "zip": Int64). */
    record Address(String street, long zip) {
    }

    class Customer {
        public Long id;
        public String name;
        public String city;
        public List<Order> orders = new ArrayList<>();
    }

    class Order {
        public Integer orderId;
        public Long customerId;
        public BigDecimal amount;
        public Timestamp orderedAt;
        public String note;
    }

    /** Reads a STRUCT column through {@link java.sql.Struct#getAttributes()}. */
    class AddressTypeHandler extends BaseTypeHandler<Address> {
        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, Address a, JdbcType jdbcType) {
            throw new UnsupportedOperationException("addresses are read-only here");
        }

        @Override
        public Address getNullableResult(ResultSet rs, String column) throws SQLException {
            return toAddress(rs.getObject(column));
        }

        @Override
        public Address getNullableResult(ResultSet rs, int column) throws SQLException {
            return toAddress(rs.getObject(column));
        }

        @Override
        public Address getNullableResult(CallableStatement cs, int column) {
            throw new UnsupportedOperationException();
        }

        private static Address toAddress(Object value) throws SQLException {
            if (value == null) {
                return null;
            }
            Object[] attrs = ((Struct) value).getAttributes();
            return new Address((String) attrs[0], ((Number) attrs[1]).longValue());
        }
    }

    /** Reads a LIST column through {@link java.sql.Array#getArray()}. */
    class StringListTypeHandler extends BaseTypeHandler<List<String>> {
        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, List<String> v, JdbcType jdbcType) {
            throw new UnsupportedOperationException("lists are read-only here");
        }

        @Override
        public List<String> getNullableResult(ResultSet rs, String column) throws SQLException {
            return toList(rs.getArray(column));
        }

        @Override
        public List<String> getNullableResult(ResultSet rs, int column) throws SQLException {
            return toList(rs.getArray(column));
        }

        @Override
        public List<String> getNullableResult(CallableStatement cs, int column) {
            throw new UnsupportedOperationException();
        }

        private static List<String> toList(Array array) throws SQLException {
            if (array == null) {
                return null;
            }
            try {
                List<String> out = new ArrayList<>();
                for (Object o : (Object[]) array.getArray()) {
                    out.add((String) o);
                }
                return out;
            } finally {
                array.free();
            }
        }
    }

    /** Reads a MAP column, which getObject returns as a {@link java.util.Map}. */
    class ScoreMapTypeHandler extends BaseTypeHandler<Map<String, Long>> {
        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, Map<String, Long> v, JdbcType jdbcType) {
            throw new UnsupportedOperationException("maps are read-only here");
        }

        @Override
        public Map<String, Long> getNullableResult(ResultSet rs, String column) throws SQLException {
            return toMap(rs.getObject(column));
        }

        @Override
        public Map<String, Long> getNullableResult(ResultSet rs, int column) throws SQLException {
            return toMap(rs.getObject(column));
        }

        @Override
        public Map<String, Long> getNullableResult(CallableStatement cs, int column) {
            throw new UnsupportedOperationException();
        }

        private static Map<String, Long> toMap(Object value) {
            if (value == null) {
                return null;
            }
            Map<String, Long> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.put((String) e.getKey(), e.getValue() == null ? null : ((Number) e.getValue()).longValue());
            }
            return out;
        }
    }
}
