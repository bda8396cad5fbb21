package fr.tierslieux.inclusion.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

	/** A feature's repository is its own business; other features call its service. */
	@Test
	void a_repository_is_used_only_inside_its_own_feature() {
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.andShould(new ArchCondition<JavaClass>("be used only inside their own package") {
				@Override
				public void check(JavaClass depot, ConditionEvents events) {
					depot.getDirectDependenciesToSelf()
						.stream()
						.filter(d -> !d.getOriginClass().getPackageName().equals(depot.getPackageName()))
						.forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
				}
			})
			.check(CLASSES);
	}

	/**
	 * The core's features depend on each other one way only (the web sits above them
	 * all).
	 */
	@Test
	void the_features_of_the_core_have_no_dependency_cycle() {
		slices().matching("fr.tierslieux.inclusion.(*)..")
			.should()
			.beFreeOfCycles()
			.check(CLASSES.that(JavaClass.Predicates.resideOutsideOfPackage("..web..")));
	}

	@Test
	void controllers_live_in_the_web_package_of_their_feature() {
		classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("..web").check(CLASSES);
	}

}
