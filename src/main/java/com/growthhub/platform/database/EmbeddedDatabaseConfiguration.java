package com.growthhub.platform.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.growthhub.platform.PlatformSettings;
import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url}, GrowthHub runs its own PostgreSQL. The data source depends
 * on the server bean, so Spring closes the pool before it stops the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "stop")
	EmbeddedPostgres embeddedPostgres(PlatformSettings settings) {
		EmbeddedPostgres postgres = new EmbeddedPostgres(settings.dataDir(), true);
		postgres.start();
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl());
		dataSource.setUsername(postgres.username());
		dataSource.setPassword(postgres.password());
		return dataSource;
	}
}
