package org.newsradar.ui.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** A request to a {@link WorkbenchView}, as the workbench hands it over. */
@ProviderType
public interface ViewRequest {
	/** @return the address below the view's own, decoded: {@code ""} for {@code /ID}, {@code "/story/42"} for {@code /ID/story/42} */
	String path();

	/** @return the first value of a query or form parameter, or {@code null} */
	String parameter(String name);

	/** @return every value of a query or form parameter, in order */
	List<String> parameters(String name);

	/**
	 * @return the file sent in a form field of a multipart POST, if any
	 * @throws IOException when it is larger than the workbench's upload limit, or cannot be read
	 */
	Optional<Upload> upload(String field) throws IOException;

	/** @return a hidden form field carrying the session token: every form that POSTs includes it */
	String tokenField();
}
