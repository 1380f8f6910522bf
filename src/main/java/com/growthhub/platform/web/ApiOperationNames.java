package com.growthhub.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.modulith.ApplicationModule;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;

/**
 * Names every API operation by convention, so no controller has to: a stable camelCase operationId
 * from controller and method ({@code ContactApiController.list} → {@code contactList}), a summary
 * from the method name when the controller gave none, and the tag of its module first (the
 * {@code displayName} of the module's {@link ApplicationModule}), before the controller's own tag.
 */
class ApiOperationNames implements OperationCustomizer {

	private final Map<Package, String> moduleTags = new ConcurrentHashMap<>();

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Class<?> controller = handler.getBeanType();
		String method = handler.getMethod().getName();
		operation.setOperationId(operationId(controller, method));
		if (!StringUtils.hasText(operation.getSummary())) {
			operation.setSummary(sentence(method));
		}
		Set<String> tags = new LinkedHashSet<>();
		tags.add(moduleTag(controller));
		if (operation.getTags() != null) {
			tags.addAll(operation.getTags());
		}
		operation.setTags(new ArrayList<>(tags));
		return operation;
	}

	static String operationId(Class<?> controller, String method) {
		String stem = controller.getSimpleName().replaceFirst("(Api)?Controller$", "");
		return Character.toLowerCase(stem.charAt(0)) + stem.substring(1) + StringUtils.capitalize(method);
	}

	/** {@code listTags} → "List tags". */
	static String sentence(String method) {
		List<String> words = List.of(method.split("(?<=[a-z0-9])(?=[A-Z])"));
		String joined = String.join(" ", words).toLowerCase(Locale.ROOT);
		return StringUtils.capitalize(joined);
	}

	String moduleTag(Class<?> controller) {
		return moduleTags.computeIfAbsent(controller.getPackage(), ApiOperationNames::moduleName);
	}

	/** The display name of the module a {@code <module>.web} package belongs to. */
	private static String moduleName(Package web) {
		String name = web.getName();
		String module = name.endsWith(".web") ? name.substring(0, name.length() - ".web".length()) : name;
		try {
			Class<?> info = Class.forName(module + ".package-info", false, ApiOperationNames.class.getClassLoader());
			ApplicationModule declared = info.getAnnotation(ApplicationModule.class);
			if (declared != null && StringUtils.hasText(declared.displayName())) {
				return declared.displayName();
			}
		}
		catch (ClassNotFoundException ex) {
			// a package without package-info: fall back to its name
		}
		return StringUtils.capitalize(module.substring(module.lastIndexOf('.') + 1));
	}
}
