package fr.tierslieux.inclusion.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform's daily jobs (the expiry of unanswered referrals) run in the application,
 * not in the tests of the services, which call them with a fixed time.
 */
@Configuration
@EnableScheduling
class Taches {

}
