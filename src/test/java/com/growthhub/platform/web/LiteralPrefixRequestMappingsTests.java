package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import com.growthhub.identity.IdentityTestSupport;

/**
 * Skipping mappings by their literal prefix changes no answer: every route of the application, asked for with sample
 * values in its variables, still finds a handler of that same route, and a percent-encoded path still matches.
 */
class LiteralPrefixRequestMappingsTests extends IdentityTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void literalPrefixStopsAtTheFirstVariableOrWildcard() {
		assertThat(LiteralPrefixRequestMappings.literalPrefix("/api/v1/forms/{id}/publish")).isEqualTo("/api/v1/forms/");
		assertThat(LiteralPrefixRequestMappings.literalPrefix("/files/{name}.pdf")).isEqualTo("/files/");
		assertThat(LiteralPrefixRequestMappings.literalPrefix("/webjars/**")).isEqualTo("/webjars/");
		assertThat(LiteralPrefixRequestMappings.literalPrefix("/i?/x")).isEqualTo("/i");
		assertThat(LiteralPrefixRequestMappings.literalPrefix("/api/v1/contacts")).isEqualTo("/api/v1/contacts");
	}

	@Test
	void everyRouteStillFindsItsOwnHandler() throws Exception {
		assertThat(mappings).isInstanceOf(LiteralPrefixRequestMappings.class);
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			RequestMethod method = info.getMethodsCondition().getMethods().stream().findFirst().orElse(RequestMethod.GET);
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String route = pattern.getPatternString();
				if (route.contains("*") || route.contains(":") || route.contains("?")) {
					continue;
				}
				String path = route.replaceAll("\\{[^}]+}", "0190a4c8-0000-7000-8000-00000000000a");
				HandlerExecutionChain chain;
				try {
					chain = mappings.getHandler(asked(info, request(method, path)));
				}
				catch (Exception ex) {
					wrong.add(method + " " + path + " -> " + ex);
					continue;
				}
				checked++;
				if (chain == null || !(chain.getHandler() instanceof HandlerMethod found)
						|| mappings.getHandlerMethods().entrySet().stream().noneMatch(other -> other.getValue().getMethod().equals(found.getMethod())
								&& other.getKey().getPathPatternsCondition().getPatternValues().contains(route))) {
					wrong.add(method + " " + path + " -> " + (chain == null ? "nothing" : chain.getHandler()));
				}
			}
		}
		assertThat(checked).isGreaterThan(300);
		assertThat(wrong).isEmpty();
	}

	@Test
	void aPercentEncodedPathIsMatchedOnItsDecodedText() throws Exception {
		HandlerExecutionChain chain = mappings.getHandler(request(RequestMethod.GET, "/api/v1/%63ontacts"));
		assertThat(chain).isNotNull();
		assertThat(((HandlerMethod) chain.getHandler()).getBeanType().getSimpleName()).isEqualTo("ContactApiController");
	}

	/** The request with what the route's other conditions ask for: content type, accepted type, parameters, headers. */
	private static MockHttpServletRequest asked(RequestMappingInfo info, MockHttpServletRequest request) {
		info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
			.ifPresent(type -> request.setContentType(type.toString().replace("*", "form-data")));
		info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
			.ifPresent(type -> request.addHeader("Accept", type.toString()));
		info.getParamsCondition().getExpressions().stream().filter(expression -> !expression.isNegated())
			.forEach(expression -> request.addParameter(expression.getName(),
					expression.getValue() == null ? "x" : expression.getValue()));
		info.getHeadersCondition().getExpressions().stream().filter(expression -> !expression.isNegated())
			.forEach(expression -> request.addHeader(expression.getName(),
					expression.getValue() == null ? "x" : expression.getValue()));
		return request;
	}

	private static MockHttpServletRequest request(RequestMethod method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}
}
