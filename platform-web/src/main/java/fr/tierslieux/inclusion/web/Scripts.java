package fr.tierslieux.inclusion.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The application's own scripts, under {@code /js/**} only (as its stylesheets are under
 * {@code /css/**}): files, never inline code, so the content security policy stays
 * strict.
 */
@Configuration
class Scripts implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
	}

}
