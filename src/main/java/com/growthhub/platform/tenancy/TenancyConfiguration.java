package com.growthhub.platform.tenancy;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	@Bean
	TenantAwareTransactionManager transactionManager(DataSource dataSource) {
		return new TenantAwareTransactionManager(dataSource);
	}
}
