package org.ssaplanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements (JDBC executions: JPA and JdbcTemplate alike) that the current thread sends while
 * counting is on. Import it into a test; MockMvc runs a request on the test's own thread, so a request's
 * statements are counted and nothing from background work (the import poller) is.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();
    private static final ThreadLocal<List<Timed>> TIMED = new ThreadLocal<>();

    /** A statement (first 200 characters) and how long it took, as the data source proxy measured it. */
    public record Timed(String sql, long millis) {
    }

    /** Starts counting on this thread (from zero). */
    public static void start() {
        COUNT.set(new long[1]);
        SQL.set(new ArrayList<>());
        TIMED.set(new ArrayList<>());
    }

    /** The statements counted since the last {@link #start()}, with their durations, slowest first. */
    public static List<Timed> slowest() {
        List<Timed> timed = TIMED.get();
        return timed == null ? List.of()
                : timed.stream().sorted(Comparator.comparingLong(Timed::millis).reversed()).toList();
    }

    /** The statements counted since the last {@link #start()} on this thread (first 120 characters each). */
    public static List<String> statements() {
        List<String> sql = SQL.get();
        return sql == null ? List.of() : List.copyOf(sql);
    }

    /** Stops counting on this thread and returns the statements sent since {@link #start()}. */
    public static long stop() {
        long[] count = COUNT.get();
        COUNT.remove();
        if (count == null) {
            throw new IllegalStateException("counting was not started on this thread");
        }
        return count[0];
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !beanName.startsWith("scopedTarget")) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            long[] count = COUNT.get();
            if (count != null) {
                count[0]++;
                List<String> sql = SQL.get();
                if (sql != null && !queryInfoList.isEmpty()) {
                    String q = queryInfoList.get(0).getQuery().replaceAll("\\s+", " ");
                    sql.add(q.length() > 120 ? q.substring(0, 120) : q);
                }
            }
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            List<Timed> timed = TIMED.get();
            if (COUNT.get() != null && timed != null && !queryInfoList.isEmpty()) {
                String q = queryInfoList.get(0).getQuery().replaceAll("\\s+", " ").trim();
                timed.add(new Timed(q.length() > 200 ? q.substring(0, 200) : q, execInfo.getElapsedTime()));
            }
        }
    }
}
