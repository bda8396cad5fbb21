package fr.tierslieux.inclusion.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser for the tests: the system's Chromium or Chrome where there is one,
 * elsewhere Playwright's own (downloaded on first use); logging in as a person does, and
 * axe-core's WCAG 2.1 A and AA rules on a page.
 */
public final class Navigateur implements AutoCloseable {

	/** Debian's Chromium here, Google Chrome on GitHub's runners. */
	static final List<Path> NAVIGATEURS_SYSTEME = List.of(Path.of("/usr/bin/chromium"),
			Path.of("/usr/bin/google-chrome"));

	static final List<String> REGLES_WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final Playwright playwright;

	private final Browser browser;

	private Navigateur(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Navigateur lancer() {
		Optional<Path> systeme = NAVIGATEURS_SYSTEME.stream().filter(Files::isExecutable).findFirst();
		if (systeme.isPresent()) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			return new Navigateur(playwright,
					playwright.chromium()
						.launch(new BrowserType.LaunchOptions().setExecutablePath(systeme.get())
							.setHeadless(true)
							.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
									"--disable-component-update", "--disable-sync", "--no-first-run"))));
		}
		Playwright playwright = Playwright.create();
		return new Navigateur(playwright, playwright.chromium().launch());
	}

	public Browser browser() {
		return browser;
	}

	/** Logs in on the login page and waits for the role's home page. */
	public static Page seConnecter(BrowserContext context, String base, String identifiant, String motDePasse,
			String accueil) {
		Page page = context.newPage();
		page.navigate(base + "/login");
		page.getByLabel("Identifiant (adresse e-mail)").fill(identifiant);
		page.getByLabel("Mot de passe").fill(motDePasse);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.waitForURL(base + accueil);
		return page;
	}

	/**
	 * The page at rest: the pointer off the button just clicked and every CSS transition
	 * finished (axe otherwise measures the contrast of a hover colour halfway through).
	 */
	public static void assertSansViolation(Page page) {
		page.mouse().move(0, 0);
		page.evaluate("document.getAnimations().forEach(a => a.finish())");
		List<Rule> violations = new AxeBuilder(page).withTags(REGLES_WCAG).analyze().getViolations();
		assertThat(violations).as(() -> page.url() + "\n" + violations.stream()
			.map(v -> v.getId() + " : " + v.getHelp() + " "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	@Override
	public void close() {
		playwright.close();
	}

}
