package fr.tierslieux.inclusion.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries that keep scoping in the services and the domain free of the web. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("fr.tierslieux.inclusion");

	@Test
	void controllers_go_through_services_never_repositories() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("les périmètres sont appliqués dans les services")
			.check(CLASSES);
	}

	@Test
	void the_domain_knows_nothing_of_the_web() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..")
			.check(CLASSES);
	}

	@Test
	void controllers_live_in_the_web_package_of_their_feature() {
		classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("..web").check(CLASSES);
	}

}
