package org.atrium.releng.codegen;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code of one or more bundles from their genmodel, without a running Eclipse.
 * Arguments: the bundle folders; each has {@code model/<name>.genmodel}. The genmodel is re-initialized
 * from its Ecore file (keeping its settings), saved, and the model code is written to the genmodel's
 * model directory ({@code src-gen/}).
 */
public final class GenerateModel {

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: GenerateModel <bundle-dir>... (each with model/*.genmodel)");
			System.exit(2);
		}
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		List<File> bundles = new ArrayList<>();
		for (String arg : args) {
			File dir = new File(arg).getCanonicalFile();
			EcorePlugin.getPlatformResourceMap().put(dir.getName(), URI.createFileURI(dir.getPath() + "/"));
			bundles.add(dir);
		}
		for (File bundle : bundles) {
			File[] genModels = new File(bundle, "model").listFiles((d, n) -> n.endsWith(".genmodel"));
			if (genModels == null || genModels.length == 0) {
				System.err.println("no model/*.genmodel in " + bundle);
				System.exit(1);
			}
			for (File genModelFile : genModels) {
				generate(genModelFile);
			}
		}
	}

	private static void generate(File genModelFile) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

		URI genModelUri = URI.createFileURI(genModelFile.getPath());
		Resource genModelResource = resourceSet.getResource(genModelUri, true);
		GenModel settings = (GenModel) genModelResource.getContents().get(0);

		List<EPackage> packages = new ArrayList<>();
		for (String foreign : settings.getForeignModel()) {
			URI ecoreUri = URI.createURI(foreign).resolve(genModelUri);
			packages.add((EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0));
		}
		GenModel genModel = EcoreUtil.copy(settings);
		genModel.getGenPackages().clear();
		genModel.initialize(packages);
		genModel.reconcile(settings);
		genModelResource.getContents().set(0, genModel);
		genModelResource.save(null);

		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel " + genModelFile + " is invalid: " + validation);
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed for " + genModelFile + ": " + result);
		}
		System.out.println("generated " + genModel.getModelDirectory() + " from " + genModelFile.getName());
	}
}
