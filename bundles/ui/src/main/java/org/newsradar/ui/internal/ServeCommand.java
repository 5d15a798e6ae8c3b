package org.newsradar.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code newsradar serve}: opens the web workbench. The launcher keeps Felix HTTP closed until it
 * is configured ({@code org.apache.felix.http.require.config}); this command configures it to
 * listen on the local host only, waits until the workbench answers, prints its address and starts
 * the watches. The command line (in core) finds this service by its {@code newsradar.command}
 * property and keeps the framework running afterwards.
 * <p>
 * The HTTP configuration is removed when the workbench stops (and at the next start if the process
 * was killed), so that the shell and one-shot commands never open a port.
 */
// immediate: the command line lets go of the service when serve returns, and the server must stay up
@Component(service = Function.class, property = "newsradar.command=serve", configurationPid = ServeCommand.PID,
	immediate = true)
@Designate(ocd = ServeCommand.Config.class)
public class ServeCommand implements Function<List<String>, Integer> {
	static final String PID = "org.newsradar.ui.serve";
	private static final String HTTP_PID = "org.apache.felix.http";
	/** Marks the HTTP configuration this command made, so that only that one is ever removed. */
	private static final String MARKER = "newsradar.serve";
	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	@ObjectClassDefinition(name = "newsradar workbench server", description = "Where the web workbench listens.")
	public @interface Config {
		@AttributeDefinition(description = "Address to listen on. Anything but the local host lets other machines in.")
		String host() default "127.0.0.1";

		@AttributeDefinition(description = "Port to listen on, unless serve is given --port.")
		int port() default 8077;

		@AttributeDefinition(description = "How long to wait for the web server to answer, in milliseconds.")
		long start_timeout_ms() default 20_000;
	}

	@Reference
	private ConfigurationAdmin configurationAdmin;
	@Reference
	private IngestService ingest;
	private Config config;
	private volatile boolean configured;

	@Activate
	void activate(Config config) throws IOException {
		this.config = config;
		removeHttpConfiguration();
	}

	@Deactivate
	void deactivate() throws IOException {
		if (configured) {
			removeHttpConfiguration();
		}
	}

	@Override
	public Integer apply(List<String> args) {
		ServeArguments a;
		try {
			a = ServeArguments.parse(args);
			for (String w : a.watches()) {
				ingest.watch(w);
			}
		} catch (IllegalArgumentException e) {
			System.err.println("serve: " + e.getMessage());
			System.err.println(ServeArguments.USAGE);
			return USAGE;
		}
		int port = a.port() != null ? a.port() : config.port();
		String address = "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + port + "/";
		try {
			listen(config.host(), port);
		} catch (IOException e) {
			System.err.println("serve: cannot configure the web server: " + e.getMessage());
			return FAILED;
		}
		if (!answers(address, config.start_timeout_ms())) {
			System.err.println("serve: nothing answers at " + address + " (is the port in use by another program?)");
			return FAILED;
		}
		System.out.println("newsradar workbench: " + address);
		a.watches().forEach(w -> System.out.println("watching " + w));
		if (a.out() != null) {
			try {
				Files.createDirectories(a.out());
			} catch (IOException e) {
				System.err.println("serve: cannot create " + a.out() + ": " + e.getMessage());
				return FAILED;
			}
			ingest.exportTo(a.out());
			System.out.println("writing the outputs to " + a.out());
		}
		a.inputs().forEach(ingest::ingest);
		System.out.println("press Ctrl-C to stop");
		System.out.flush();
		return OK;
	}

	private void listen(String host, int port) throws IOException {
		Configuration c = configurationAdmin.getConfiguration(HTTP_PID, "?");
		Dictionary<String, Object> p = new Hashtable<>();
		p.put("org.apache.felix.http.enable", true);
		p.put("org.apache.felix.https.enable", false);
		p.put("org.apache.felix.http.host", host);
		p.put("org.osgi.service.http.port", port);
		p.put("org.apache.felix.http.jetty.sendServerHeader", false);
		p.put(MARKER, true);
		c.update(p);
		configured = true;
	}

	private void removeHttpConfiguration() throws IOException {
		try {
			Configuration[] found = configurationAdmin.listConfigurations("(&(service.pid=" + HTTP_PID + ")(" + MARKER + "=true))");
			if (found != null) {
				for (Configuration c : found) {
					c.delete();
				}
			}
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException("the filter is a constant", e);
		}
		configured = false;
	}

	/** Waits until the workbench (not some other program on the port) answers at the address. */
	private static boolean answers(String address, long timeoutMillis) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
		while (System.nanoTime() < deadline) {
			try {
				HttpURLConnection c = (HttpURLConnection) URI.create(address + "assets/workbench.css").toURL().openConnection();
				c.setConnectTimeout(1000);
				c.setReadTimeout(2000);
				try {
					if (c.getResponseCode() == 200 && c.getHeaderField(WorkbenchServlet.HEADER) != null) {
						return true;
					}
				} finally {
					c.disconnect();
				}
			} catch (IOException | UncheckedIOException notYet) {
				// the server is still starting
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}
}
