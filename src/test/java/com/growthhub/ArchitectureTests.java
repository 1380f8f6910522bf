package com.growthhub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.springframework.security.core.context.SecurityContextHolder;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rules that Spring Modulith cannot see. */
@AnalyzeClasses(packages = "com.growthhub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule controllersArePackagePrivateAndLiveInWeb = classes()
		.that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should().bePackagePrivate()
		.andShould().resideInAPackage("..web..");

	@ArchTest
	static final ArchRule apiControllersAreNamedSo = classes()
		.that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should().haveSimpleNameEndingWith("ApiController");

	@ArchTest
	static final ArchRule noFieldInjection = fields()
		.should().notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
		.because("dependencies come through constructors");

	@ArchTest
	static final ArchRule noDumpingGroundPackages = noClasses()
		.should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..");

	@ArchTest
	static final ArchRule platformKnowsNoBusinessModule = noClasses()
		.that().resideInAPackage("com.growthhub.platform..")
		.should().dependOnClassesThat(insideGrowthHubButOutside("com.growthhub.platform..", "com.growthhub.shared.."))
		.because("platform is plumbing that every module may use, so it can know no module, not even a future one");

	@ArchTest
	static final ArchRule noSqlInWeb = noClasses()
		.that().resideInAPackage("..web..")
		.should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
		.because("controllers call their module's service; SQL lives in internal, under its transactions");

	@ArchTest
	static final ArchRule onlyIdentityReadsTheSecurityContext = noClasses()
		.that().resideOutsideOfPackages("com.growthhub.identity..", "com.growthhub.platform..")
		.should().dependOnClassesThat().haveFullyQualifiedName(SecurityContextHolder.class.getName())
		.because("who acts reaches other modules as an OrganizationId and an Actor (handler arguments, then "
				+ "method parameters), so how sign-in works can change in one module");

	@ArchTest
	static final ArchRule businessModulesKnowNoSessionRecord = noClasses()
		.that().resideOutsideOfPackage("com.growthhub.identity..")
		.should().dependOnClassesThat().haveFullyQualifiedName("com.growthhub.identity.CurrentUser")
		.because("services take the OrganizationId and the Actor explicitly; CurrentUser is identity's session record");

	@ArchTest
	static final ArchRule onlyThePlumbingTouchesTheTenantThreadLocal = noClasses()
		.that().resideOutsideOfPackage("com.growthhub.platform..")
		.and().doNotHaveFullyQualifiedName("com.growthhub.identity.internal.BrowserSessionFilter")
		.and().doNotHaveFullyQualifiedName("com.growthhub.identity.internal.BearerTokenFilter")
		.should().dependOnClassesThat().haveFullyQualifiedName("com.growthhub.platform.tenancy.TenantContext")
		.because("the request's tenant scope is opened by authentication and handed on as parameters; a "
				+ "thread-local read elsewhere would be a second, hidden way to know who acts for whom");

	@ArchTest
	static final ArchRule sharedHoldsOnlyValues = noClasses()
		.that().resideInAPackage("com.growthhub.shared..")
		.and().doNotHaveSimpleName("package-info")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.growthhub.platform..");

	@ArchTest
	static final ArchRule noSystemOut = noClasses()
		.should().accessField(System.class, "out")
		.orShould().accessField(System.class, "err")
		.because("logs go through SLF4J with request and tenant ids");

	private static DescribedPredicate<JavaClass> insideGrowthHubButOutside(String... packages) {
		return DescribedPredicate.describe("are in com.growthhub but outside " + String.join(", ", packages),
				type -> type.getPackageName().startsWith("com.growthhub")
						&& !JavaClass.Predicates.resideInAnyPackage(packages).test(type));
	}
}
