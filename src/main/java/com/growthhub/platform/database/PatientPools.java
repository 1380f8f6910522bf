package com.growthhub.platform.database;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Gives every Hikari pool (the embedded database's and a configured one) {@link BusyPoolPatience}: a request waits
 * for a busy pool up to {@code growthhub.db.busy-patience} (default 20 s), but not for a database that is down.
 */
@Configuration(proxyBeanMethods = false)
class PatientPools {

	@Bean
	static BeanPostProcessor busyPoolPatience(@Value("${growthhub.db.busy-patience:20s}") Duration patience) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof HikariDataSource pool ? new BusyPoolPatience(pool, patience) : bean;
			}
		};
	}
}
