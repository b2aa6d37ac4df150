/**
 */
package org.atrium.risks.model.risks.impl;

import org.atrium.core.model.pmo.PmoPackage;

import org.atrium.risks.RiskValidation;

import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.Assumption;
import org.atrium.risks.model.risks.Dependency;
import org.atrium.risks.model.risks.DependencyStatus;
import org.atrium.risks.model.risks.Issue;
import org.atrium.risks.model.risks.IssuePriority;
import org.atrium.risks.model.risks.IssueStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.RaidItem;
import org.atrium.risks.model.risks.ResponseStrategy;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksFactory;
import org.atrium.risks.model.risks.RisksPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RisksPackageImpl extends EPackageImpl implements RisksPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mitigationActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass raidItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dependencyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum responseStrategyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issuePriorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dependencyStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.atrium.risks.model.risks.RisksPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RisksPackageImpl() {
		super(eNS_URI, RisksFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RisksPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated NOT
	 */
	public static RisksPackage init() {
		if (isInited) return (RisksPackage)EPackage.Registry.INSTANCE.getEPackage(RisksPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRisksPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RisksPackageImpl theRisksPackage = registeredRisksPackage instanceof RisksPackageImpl ? (RisksPackageImpl)registeredRisksPackage : new RisksPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PmoPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRisksPackage.createPackageContents();

		// Initialize created meta-data
		theRisksPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRisksPackage.freeze();

		// Register the package's business rules, so that every Diagnostician sees them
		EValidator.Registry.INSTANCE.put(theRisksPackage, (EValidator.Descriptor) RiskValidation::new);

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RisksPackage.eNS_URI, theRisksPackage);
		return theRisksPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRisk() {
		return riskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Title() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Description() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Category() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Cause() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Effect() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Probability() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Impact() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_ResidualProbability() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_ResidualImpact() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_ProximityDate() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Status() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Owner() {
		return (EReference)riskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Strategy() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Triggers() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Project() {
		return (EReference)riskEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Actions() {
		return (EReference)riskEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMitigationAction() {
		return mitigationActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMitigationAction_Title() {
		return (EAttribute)mitigationActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMitigationAction_Owner() {
		return (EReference)mitigationActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMitigationAction_DueDate() {
		return (EAttribute)mitigationActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMitigationAction_Status() {
		return (EAttribute)mitigationActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRaidItem() {
		return raidItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidItem_Title() {
		return (EAttribute)raidItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidItem_Description() {
		return (EAttribute)raidItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaidItem_Project() {
		return (EReference)raidItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaidItem_Owner() {
		return (EReference)raidItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidItem_Raised() {
		return (EAttribute)raidItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaidItem_DueDate() {
		return (EAttribute)raidItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssumption() {
		return assumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssumption_Validated() {
		return (EAttribute)assumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssue() {
		return issueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Priority() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Status() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_SourceRisk() {
		return (EReference)issueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDependency() {
		return dependencyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDependency_DependsOn() {
		return (EAttribute)dependencyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDependency_Status() {
		return (EAttribute)dependencyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskStatus() {
		return riskStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResponseStrategy() {
		return responseStrategyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssuePriority() {
		return issuePriorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueStatus() {
		return issueStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDependencyStatus() {
		return dependencyStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RisksFactory getRisksFactory() {
		return (RisksFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		riskEClass = createEClass(RISK);
		createEAttribute(riskEClass, RISK__TITLE);
		createEAttribute(riskEClass, RISK__DESCRIPTION);
		createEAttribute(riskEClass, RISK__CATEGORY);
		createEAttribute(riskEClass, RISK__CAUSE);
		createEAttribute(riskEClass, RISK__EFFECT);
		createEAttribute(riskEClass, RISK__PROBABILITY);
		createEAttribute(riskEClass, RISK__IMPACT);
		createEAttribute(riskEClass, RISK__RESIDUAL_PROBABILITY);
		createEAttribute(riskEClass, RISK__RESIDUAL_IMPACT);
		createEAttribute(riskEClass, RISK__PROXIMITY_DATE);
		createEAttribute(riskEClass, RISK__STATUS);
		createEReference(riskEClass, RISK__OWNER);
		createEAttribute(riskEClass, RISK__STRATEGY);
		createEAttribute(riskEClass, RISK__TRIGGERS);
		createEReference(riskEClass, RISK__PROJECT);
		createEReference(riskEClass, RISK__ACTIONS);

		mitigationActionEClass = createEClass(MITIGATION_ACTION);
		createEAttribute(mitigationActionEClass, MITIGATION_ACTION__TITLE);
		createEReference(mitigationActionEClass, MITIGATION_ACTION__OWNER);
		createEAttribute(mitigationActionEClass, MITIGATION_ACTION__DUE_DATE);
		createEAttribute(mitigationActionEClass, MITIGATION_ACTION__STATUS);

		raidItemEClass = createEClass(RAID_ITEM);
		createEAttribute(raidItemEClass, RAID_ITEM__TITLE);
		createEAttribute(raidItemEClass, RAID_ITEM__DESCRIPTION);
		createEReference(raidItemEClass, RAID_ITEM__PROJECT);
		createEReference(raidItemEClass, RAID_ITEM__OWNER);
		createEAttribute(raidItemEClass, RAID_ITEM__RAISED);
		createEAttribute(raidItemEClass, RAID_ITEM__DUE_DATE);

		assumptionEClass = createEClass(ASSUMPTION);
		createEAttribute(assumptionEClass, ASSUMPTION__VALIDATED);

		issueEClass = createEClass(ISSUE);
		createEAttribute(issueEClass, ISSUE__PRIORITY);
		createEAttribute(issueEClass, ISSUE__STATUS);
		createEReference(issueEClass, ISSUE__SOURCE_RISK);

		dependencyEClass = createEClass(DEPENDENCY);
		createEAttribute(dependencyEClass, DEPENDENCY__DEPENDS_ON);
		createEAttribute(dependencyEClass, DEPENDENCY__STATUS);

		// Create enums
		riskStatusEEnum = createEEnum(RISK_STATUS);
		responseStrategyEEnum = createEEnum(RESPONSE_STRATEGY);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		issuePriorityEEnum = createEEnum(ISSUE_PRIORITY);
		issueStatusEEnum = createEEnum(ISSUE_STATUS);
		dependencyStatusEEnum = createEEnum(DEPENDENCY_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PmoPackage thePmoPackage = (PmoPackage)EPackage.Registry.INSTANCE.getEPackage(PmoPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		riskEClass.getESuperTypes().add(thePmoPackage.getEntity());
		mitigationActionEClass.getESuperTypes().add(thePmoPackage.getEntity());
		raidItemEClass.getESuperTypes().add(thePmoPackage.getEntity());
		assumptionEClass.getESuperTypes().add(this.getRaidItem());
		issueEClass.getESuperTypes().add(this.getRaidItem());
		dependencyEClass.getESuperTypes().add(this.getRaidItem());

		// Initialize classes, features, and operations; add parameters
		initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRisk_Title(), ecorePackage.getEString(), "title", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Description(), ecorePackage.getEString(), "description", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Category(), ecorePackage.getEString(), "category", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Cause(), ecorePackage.getEString(), "cause", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Effect(), ecorePackage.getEString(), "effect", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Probability(), ecorePackage.getEInt(), "probability", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Impact(), ecorePackage.getEInt(), "impact", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_ResidualProbability(), ecorePackage.getEIntegerObject(), "residualProbability", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_ResidualImpact(), ecorePackage.getEIntegerObject(), "residualImpact", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_ProximityDate(), thePmoPackage.getLocalDate(), "proximityDate", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Status(), this.getRiskStatus(), "status", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Owner(), thePmoPackage.getPerson(), null, "owner", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Strategy(), this.getResponseStrategy(), "strategy", "Mitigate", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Triggers(), ecorePackage.getEString(), "triggers", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Actions(), this.getMitigationAction(), null, "actions", null, 0, -1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mitigationActionEClass, MitigationAction.class, "MitigationAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMitigationAction_Title(), ecorePackage.getEString(), "title", null, 0, 1, MitigationAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMitigationAction_Owner(), thePmoPackage.getPerson(), null, "owner", null, 0, 1, MitigationAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMitigationAction_DueDate(), thePmoPackage.getLocalDate(), "dueDate", null, 0, 1, MitigationAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMitigationAction_Status(), this.getActionStatus(), "status", null, 0, 1, MitigationAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(raidItemEClass, RaidItem.class, "RaidItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRaidItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, RaidItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidItem_Description(), ecorePackage.getEString(), "description", null, 0, 1, RaidItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRaidItem_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, RaidItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRaidItem_Owner(), thePmoPackage.getPerson(), null, "owner", null, 0, 1, RaidItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidItem_Raised(), thePmoPackage.getLocalDate(), "raised", null, 0, 1, RaidItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaidItem_DueDate(), thePmoPackage.getLocalDate(), "dueDate", null, 0, 1, RaidItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assumptionEClass, Assumption.class, "Assumption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssumption_Validated(), ecorePackage.getEBoolean(), "validated", null, 0, 1, Assumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issueEClass, Issue.class, "Issue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIssue_Priority(), this.getIssuePriority(), "priority", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_Status(), this.getIssueStatus(), "status", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_SourceRisk(), this.getRisk(), null, "sourceRisk", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dependencyEClass, Dependency.class, "Dependency", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDependency_DependsOn(), ecorePackage.getEString(), "dependsOn", null, 0, 1, Dependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDependency_Status(), this.getDependencyStatus(), "status", null, 0, 1, Dependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(riskStatusEEnum, RiskStatus.class, "RiskStatus");
		addEEnumLiteral(riskStatusEEnum, RiskStatus.OPEN);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.MITIGATING);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.CLOSED);
		addEEnumLiteral(riskStatusEEnum, RiskStatus.OCCURRED);

		initEEnum(responseStrategyEEnum, ResponseStrategy.class, "ResponseStrategy");
		addEEnumLiteral(responseStrategyEEnum, ResponseStrategy.AVOID);
		addEEnumLiteral(responseStrategyEEnum, ResponseStrategy.MITIGATE);
		addEEnumLiteral(responseStrategyEEnum, ResponseStrategy.TRANSFER);
		addEEnumLiteral(responseStrategyEEnum, ResponseStrategy.ACCEPT);
		addEEnumLiteral(responseStrategyEEnum, ResponseStrategy.ESCALATE);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PLANNED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.CANCELLED);

		initEEnum(issuePriorityEEnum, IssuePriority.class, "IssuePriority");
		addEEnumLiteral(issuePriorityEEnum, IssuePriority.LOW);
		addEEnumLiteral(issuePriorityEEnum, IssuePriority.MEDIUM);
		addEEnumLiteral(issuePriorityEEnum, IssuePriority.HIGH);
		addEEnumLiteral(issuePriorityEEnum, IssuePriority.CRITICAL);

		initEEnum(issueStatusEEnum, IssueStatus.class, "IssueStatus");
		addEEnumLiteral(issueStatusEEnum, IssueStatus.OPEN);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.RESOLVED);

		initEEnum(dependencyStatusEEnum, DependencyStatus.class, "DependencyStatus");
		addEEnumLiteral(dependencyStatusEEnum, DependencyStatus.OPEN);
		addEEnumLiteral(dependencyStatusEEnum, DependencyStatus.MET);
		addEEnumLiteral(dependencyStatusEEnum, DependencyStatus.LATE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://atrium.org/store
		createStoreAnnotations();
		// http://atrium.org/label
		createLabelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://atrium.org/store</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createStoreAnnotations() {
		String source = "http://atrium.org/store";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "schemaVersion", "1"
		   });
		addAnnotation
		  (getRisk_Description(),
		   source,
		   new String[] {
			   "length", "32000"
		   });
		addAnnotation
		  (getRisk_Category(),
		   source,
		   new String[] {
			   "length", "128"
		   });
		addAnnotation
		  (getRisk_Cause(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getRisk_Effect(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getRisk_Triggers(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getRisk_Project(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getRaidItem_Description(),
		   source,
		   new String[] {
			   "length", "32000"
		   });
		addAnnotation
		  (getRaidItem_Project(),
		   source,
		   new String[] {
			   "index", "true"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://atrium.org/label</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelAnnotations() {
		String source = "http://atrium.org/label";
		addAnnotation
		  (getRisk_Strategy(),
		   source,
		   new String[] {
			   "label", "Response strategy"
		   });
		addAnnotation
		  (raidItemEClass,
		   source,
		   new String[] {
			   "label", "RAID item"
		   });
		addAnnotation
		  (getIssue_SourceRisk(),
		   source,
		   new String[] {
			   "label", "From risk"
		   });
	}

} //RisksPackageImpl
