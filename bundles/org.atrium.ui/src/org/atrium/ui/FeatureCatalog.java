package org.atrium.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The features installed in the product, read from its {@code features} folder. */
public final class FeatureCatalog {

	/** One installed feature. */
	public record Feature(String id, String label, String version) {
	}

	private FeatureCatalog() {
	}

	/** The features of the running installation, sorted by label. */
	public static List<Feature> installed() {
		String area = System.getProperty("osgi.install.area");
		if (area == null) {
			return List.of();
		}
		try {
			return read(Path.of(new URI(area.replace(" ", "%20"))).resolve("features"));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return List.of();
		}
	}

	public static List<Feature> read(Path featuresFolder) {
		List<Feature> features = new ArrayList<>();
		if (!Files.isDirectory(featuresFolder)) {
			return features;
		}
		try (Stream<Path> entries = Files.list(featuresFolder)) {
			for (Path entry : entries.toList()) {
				Feature feature = Files.isDirectory(entry) ? parseFolder(entry) : parseJar(entry);
				if (feature != null) {
					features.add(feature);
				}
			}
		} catch (IOException e) {
			return features;
		}
		features.sort(Comparator.comparing(Feature::label, String.CASE_INSENSITIVE_ORDER));
		return features;
	}

	private static Feature parseFolder(Path folder) throws IOException {
		Path xml = folder.resolve("feature.xml");
		if (!Files.isRegularFile(xml)) {
			return null;
		}
		try (InputStream in = Files.newInputStream(xml)) {
			return parse(in);
		}
	}

	private static Feature parseJar(Path jar) throws IOException {
		if (!jar.toString().endsWith(".jar")) {
			return null;
		}
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			ZipEntry entry = zip.getEntry("feature.xml");
			if (entry == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return parse(in);
			}
		}
	}

	/** Parses feature.xml with DTDs and external entities turned off. */
	static Feature parse(InputStream in) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
			String label = root.getAttribute("label");
			return new Feature(root.getAttribute("id"), label.isEmpty() ? root.getAttribute("id") : label,
					root.getAttribute("version"));
		} catch (ParserConfigurationException | SAXException e) {
			return null;
		}
	}
}
