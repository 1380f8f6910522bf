package com.growthhub.platform.tenancy;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new TenantAwareTransactionManager(dataSource);
	}
}
