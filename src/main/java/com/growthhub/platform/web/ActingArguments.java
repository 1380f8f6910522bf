package com.growthhub.platform.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.shared.OrganizationId;

/**
 * Hands a controller method the {@link OrganizationId} it acts for and the {@link Actor} acting, as parameters,
 * from the scope that authentication opened for the request. Controllers pass both on to services, so no business
 * module reads the security context or a thread-local to learn who acts for whom.
 */
@Configuration(proxyBeanMethods = false)
class ActingArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return (type == OrganizationId.class && !parameter.hasParameterAnnotations()) || type == Actor.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		if (parameter.getParameterType() == Actor.class) {
			return TenantContext.current().actor();
		}
		return TenantContext.requireOrganizationId();
	}
}
