package app.encore.base;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes every identifier by default, which makes names in {@code @Table} and
 * {@code @Column} case-sensitive: {@code "shows"} exists on PostgreSQL but not on H2, which folds
 * unquoted names to upper case. Our schema uses plain lower-case, unreserved names, so we turn
 * quoting off and let each database fold them its own way; the same mapping then works on both.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
