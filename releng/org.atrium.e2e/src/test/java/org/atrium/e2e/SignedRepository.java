package org.atrium.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Date;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A copy of the build's p2 repository whose plugin artifacts carry PGP signatures by a key made here, as
 * {@code tycho-gpg-plugin} would add them: the properties {@code pgp.signatures} and {@code pgp.publicKeys}.
 */
final class SignedRepository {

	final Path folder;
	final String armoredPublicKey;
	final long keyId;
	private final PGPKeyPair key;

	/** Copies the build's repository into the folder and signs the artifacts whose id starts with the prefix. */
	SignedRepository(Path folder, String idPrefix) throws IOException, GeneralSecurityException, PGPException {
		this.folder = InstalledProduct.copyOfRepository(folder);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		key = new JcaPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, generator.generateKeyPair(), new Date());
		keyId = key.getKeyID();
		PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
		PGPKeyRingGenerator ring = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, key,
				"Atrium end-to-end test signer", sha1, null, null,
				new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
		armoredPublicKey = armored(ring.generatePublicKeyRing()::encode);
		sign(idPrefix);
	}

	private interface Encoder {
		void encode(OutputStream out) throws IOException;
	}

	private static String armored(Encoder content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ArmoredOutputStream armor = new ArmoredOutputStream(bytes)) {
			content.encode(armor);
		}
		return bytes.toString(StandardCharsets.US_ASCII);
	}

	private void sign(String idPrefix) throws IOException, PGPException {
		Document artifacts;
		try (ZipFile jar = new ZipFile(folder.resolve("artifacts.jar").toFile());
				InputStream xml = jar.getInputStream(jar.getEntry("artifacts.xml"))) {
			artifacts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
		} catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			throw new IOException(e);
		}
		NodeList list = artifacts.getElementsByTagName("artifact");
		for (int i = 0; i < list.getLength(); i++) {
			Element artifact = (Element) list.item(i);
			String id = artifact.getAttribute("id");
			if (!id.startsWith(idPrefix)) {
				continue;
			}
			String classifier = artifact.getAttribute("classifier");
			String file = (classifier.equals("osgi.bundle") ? "plugins/" : "features/") + id + "_"
					+ artifact.getAttribute("version") + ".jar";
			Element properties = (Element) artifact.getElementsByTagName("properties").item(0);
			addProperty(properties, "pgp.signatures", signature(Files.readAllBytes(folder.resolve(file))));
			addProperty(properties, "pgp.publicKeys", armoredPublicKey);
		}
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.transform(new DOMSource(artifacts), new StreamResult(folder.resolve("artifacts.xml").toFile()));
		} catch (javax.xml.transform.TransformerException e) {
			throw new IOException(e);
		}
		Files.delete(folder.resolve("artifacts.jar"));
		Files.delete(folder.resolve("artifacts.xml.xz"));
		Files.writeString(folder.resolve("p2.index"), "version=1\nartifact.repository.factory.order=artifacts.xml,\\!\n"
				+ "metadata.repository.factory.order=content.xml.xz,content.xml,\\!\n");
	}

	private static void addProperty(Element properties, String name, String value) {
		Element property = properties.getOwnerDocument().createElement("property");
		property.setAttribute("name", name);
		property.setAttribute("value", value);
		properties.appendChild(property);
		properties.setAttribute("size", String.valueOf(properties.getElementsByTagName("property").getLength()));
	}

	private String signature(byte[] content) throws IOException, PGPException {
		PGPSignatureGenerator generator = new PGPSignatureGenerator(
				new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
				key.getPublicKey());
		generator.init(PGPSignature.BINARY_DOCUMENT, key.getPrivateKey());
		generator.update(content);
		return armored(generator.generate()::encode);
	}

	/** Makes an installation trust this key, as its profile's p2 preference {@code pgp.trustedPublicKeys}. */
	void trustIn(InstalledProduct atrium) throws IOException {
		Path settings = atrium.home.resolve(
				"p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/.data/.settings");
		Files.createDirectories(settings);
		Path prefs = settings.resolve("org.eclipse.equinox.p2.engine.prefs");
		java.util.Properties values = new java.util.Properties();
		if (Files.exists(prefs)) {
			try (var in = Files.newBufferedReader(prefs)) {
				values.load(in);
			}
		}
		values.setProperty("eclipse.preferences.version", "1");
		values.setProperty("pgp.trustedPublicKeys", armoredPublicKey);
		try (var out = Files.newBufferedWriter(prefs)) {
			values.store(out, null);
		}
	}
}
