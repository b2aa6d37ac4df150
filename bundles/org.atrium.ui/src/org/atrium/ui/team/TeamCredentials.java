package org.atrium.ui.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The passwords of team repositories, in Eclipse secure storage: encrypted, one node per server URL and login, never
 * in the preferences. The storage is opened with a key of its own, made at random on first use and kept beside it in a
 * file only the user's account may read, so nothing ever prompts for a master password.
 */
public final class TeamCredentials {

	/** Overrides the folder of the storage and its key, {@code ~/.atrium} by default. */
	public static final String FOLDER_PROPERTY = "atrium.secure.storage";

	private static final String ROOT = "org.atrium.ui/team repositories";
	private static final String PASSWORD = "password";

	private final Path folder;

	private TeamCredentials(Path folder) {
		this.folder = folder;
	}

	/** The user's storage: in {@value #FOLDER_PROPERTY} if set, otherwise {@code ~/.atrium}. */
	public static TeamCredentials forUser() {
		String configured = System.getProperty(FOLDER_PROPERTY);
		return in(configured != null && !configured.isBlank() ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".atrium"));
	}

	public static TeamCredentials in(Path folder) {
		return new TeamCredentials(folder);
	}

	/** The encrypted storage file. */
	public Path storageFile() {
		return folder.resolve("secure_storage");
	}

	/** The remembered password of the login on the server, if any. */
	public Optional<String> password(String url, String login) {
		try {
			ISecurePreferences root = open();
			String path = nodePath(url, login);
			return root.nodeExists(path) ? Optional.ofNullable(root.node(path).get(PASSWORD, null)) : Optional.empty();
		} catch (StorageException | IOException e) {
			throw new IllegalStateException("Secure storage " + storageFile() + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** Remembers the password, encrypted. */
	public void remember(String url, String login, String password) {
		try {
			ISecurePreferences root = open();
			root.node(nodePath(url, login)).put(PASSWORD, password, true);
			root.flush();
			restrictToOwner(storageFile(), "rw-------");
		} catch (StorageException | IOException e) {
			throw new IllegalStateException("Secure storage " + storageFile() + " cannot be written: " + e.getMessage(), e);
		}
	}

	/** Forgets the password of the login on the server. */
	public void forget(String url, String login) {
		try {
			ISecurePreferences root = open();
			String path = nodePath(url, login);
			if (root.nodeExists(path)) {
				root.node(path).removeNode();
				root.flush();
			}
		} catch (IOException e) {
			throw new IllegalStateException("Secure storage " + storageFile() + " cannot be written: " + e.getMessage(), e);
		}
	}

	private static String nodePath(String url, String login) {
		return ROOT + "/" + EncodingUtils.encodeSlashes(url) + "/" + EncodingUtils.encodeSlashes(login);
	}

	private ISecurePreferences open() throws IOException {
		char[] key = key();
		return SecurePreferencesFactory.open(storageFile().toUri().toURL(),
				Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key)));
	}

	/** The storage's key; made on first use, readable by the user only. */
	private char[] key() throws IOException {
		Path file = folder.resolve("secure_storage.key");
		if (!Files.exists(file)) {
			Files.createDirectories(folder);
			restrictToOwner(folder, "rwx------");
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				Files.createFile(file);
				restrictToOwner(file, "rw-------");
				Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
			} catch (FileAlreadyExistsException e) {
				// made meanwhile by another workbench of this user
			}
		}
		return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
	}

	private static void restrictToOwner(Path path, String permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}
}
