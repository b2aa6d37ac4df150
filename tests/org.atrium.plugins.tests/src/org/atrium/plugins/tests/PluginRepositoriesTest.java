package org.atrium.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;

import org.atrium.plugins.PluginRepositories;
import org.junit.jupiter.api.Test;

/** Which locations plugins may come from, spaces included. */
class PluginRepositoriesTest {

	@Test
	void aFolderWithASpaceBecomesAFileUri() {
		URI uri = PluginRepositories.uri("/tmp/my repo", "--repo");
		assertEquals("file", uri.getScheme());
		assertEquals("/tmp/my%20repo", uri.getRawPath());
		assertEquals(Path.of("/tmp/my repo"), Path.of(uri));
	}

	@Test
	void fileUrisWithASpaceWrittenEitherWayNameTheSameFolder() {
		assertEquals(Path.of("/tmp/my repo"), Path.of(PluginRepositories.uri("file:/tmp/my repo", "--repo")));
		assertEquals(Path.of("/tmp/my repo"), Path.of(PluginRepositories.uri("file:/tmp/my%20repo", "--repo")));
	}

	@Test
	void httpsIsAccepted() {
		assertEquals(URI.create("https://plugins.example.org/atrium"),
				PluginRepositories.uri("https://plugins.example.org/atrium", "--repo"));
	}

	@Test
	void otherSchemesAreRefusedNamingTheFieldAndTheRule() {
		IllegalArgumentException http = assertThrows(IllegalArgumentException.class,
				() -> PluginRepositories.uri("http://plugins.example.org/atrium", "Repository"));
		assertEquals("Repository must be a file: or https: URL or a folder; 'http:' repositories are not trusted, was"
				+ " 'http://plugins.example.org/atrium'", http.getMessage());
		IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
				() -> PluginRepositories.uri("https://exa mple.org/%zz", "Repository"));
		assertEquals("Repository must be a file: or https: URL or a folder, was 'https://exa mple.org/%zz'",
				broken.getMessage());
	}
}
