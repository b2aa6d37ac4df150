/**
 */
package org.atrium.reporting.model.reporting.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportSnapshot;
import org.atrium.reporting.model.reporting.ReportingPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getRag <em>Rag</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#isPublished <em>Published</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getAccomplishments <em>Accomplishments</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getNextSteps <em>Next Steps</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getHelpNeeded <em>Help Needed</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.impl.ReportImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportImpl extends EntityImpl implements Report {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected Scope scope;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final ReportPeriod PERIOD_EDEFAULT = ReportPeriod.WEEKLY;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected ReportPeriod period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asOf = AS_OF_EDEFAULT;

	/**
	 * The default value of the '{@link #getRag() <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRag()
	 * @generated
	 * @ordered
	 */
	protected static final RagStatus RAG_EDEFAULT = RagStatus.GREEN;

	/**
	 * The cached value of the '{@link #getRag() <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRag()
	 * @generated
	 * @ordered
	 */
	protected RagStatus rag = RAG_EDEFAULT;

	/**
	 * The default value of the '{@link #isPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublished()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PUBLISHED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublished()
	 * @generated
	 * @ordered
	 */
	protected boolean published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PUBLISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant publishedAt = PUBLISHED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Person author;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccomplishments() <em>Accomplishments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccomplishments()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOMPLISHMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccomplishments() <em>Accomplishments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccomplishments()
	 * @generated
	 * @ordered
	 */
	protected String accomplishments = ACCOMPLISHMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextSteps() <em>Next Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSteps()
	 * @generated
	 * @ordered
	 */
	protected static final String NEXT_STEPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextSteps() <em>Next Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSteps()
	 * @generated
	 * @ordered
	 */
	protected String nextSteps = NEXT_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHelpNeeded() <em>Help Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpNeeded()
	 * @generated
	 * @ordered
	 */
	protected static final String HELP_NEEDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHelpNeeded() <em>Help Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpNeeded()
	 * @generated
	 * @ordered
	 */
	protected String helpNeeded = HELP_NEEDED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportSnapshot> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportingPackage.Literals.REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		if (scope != null && scope.eIsProxy()) {
			InternalEObject oldScope = (InternalEObject)scope;
			scope = (Scope)eResolveProxy(oldScope);
			if (scope != oldScope) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportingPackage.REPORT__SCOPE, oldScope, scope));
			}
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scope basicGetScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Scope newScope) {
		Scope oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportPeriod getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(ReportPeriod newPeriod) {
		ReportPeriod oldPeriod = period;
		period = newPeriod == null ? PERIOD_EDEFAULT : newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(LocalDate newAsOf) {
		LocalDate oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RagStatus getRag() {
		return rag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRag(RagStatus newRag) {
		RagStatus oldRag = rag;
		rag = newRag == null ? RAG_EDEFAULT : newRag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__RAG, oldRag, rag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPublished() {
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(boolean newPublished) {
		boolean oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPublishedAt() {
		return publishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedAt(Instant newPublishedAt) {
		Instant oldPublishedAt = publishedAt;
		publishedAt = newPublishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__PUBLISHED_AT, oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAuthor() {
		if (author != null && author.eIsProxy()) {
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Person)eResolveProxy(oldAuthor);
			if (author != oldAuthor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReportingPackage.REPORT__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Person newAuthor) {
		Person oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccomplishments() {
		return accomplishments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccomplishments(String newAccomplishments) {
		String oldAccomplishments = accomplishments;
		accomplishments = newAccomplishments;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__ACCOMPLISHMENTS, oldAccomplishments, accomplishments));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNextSteps() {
		return nextSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextSteps(String newNextSteps) {
		String oldNextSteps = nextSteps;
		nextSteps = newNextSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__NEXT_STEPS, oldNextSteps, nextSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHelpNeeded() {
		return helpNeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelpNeeded(String newHelpNeeded) {
		String oldHelpNeeded = helpNeeded;
		helpNeeded = newHelpNeeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportingPackage.REPORT__HELP_NEEDED, oldHelpNeeded, helpNeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportSnapshot> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<ReportSnapshot>(ReportSnapshot.class, this, ReportingPackage.REPORT__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportingPackage.REPORT__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportingPackage.REPORT__TITLE:
				return getTitle();
			case ReportingPackage.REPORT__SCOPE:
				if (resolve) return getScope();
				return basicGetScope();
			case ReportingPackage.REPORT__PERIOD:
				return getPeriod();
			case ReportingPackage.REPORT__AS_OF:
				return getAsOf();
			case ReportingPackage.REPORT__RAG:
				return getRag();
			case ReportingPackage.REPORT__PUBLISHED:
				return isPublished();
			case ReportingPackage.REPORT__PUBLISHED_AT:
				return getPublishedAt();
			case ReportingPackage.REPORT__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case ReportingPackage.REPORT__SUMMARY:
				return getSummary();
			case ReportingPackage.REPORT__ACCOMPLISHMENTS:
				return getAccomplishments();
			case ReportingPackage.REPORT__NEXT_STEPS:
				return getNextSteps();
			case ReportingPackage.REPORT__HELP_NEEDED:
				return getHelpNeeded();
			case ReportingPackage.REPORT__SECTIONS:
				return getSections();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReportingPackage.REPORT__TITLE:
				setTitle((String)newValue);
				return;
			case ReportingPackage.REPORT__SCOPE:
				setScope((Scope)newValue);
				return;
			case ReportingPackage.REPORT__PERIOD:
				setPeriod((ReportPeriod)newValue);
				return;
			case ReportingPackage.REPORT__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case ReportingPackage.REPORT__RAG:
				setRag((RagStatus)newValue);
				return;
			case ReportingPackage.REPORT__PUBLISHED:
				setPublished((Boolean)newValue);
				return;
			case ReportingPackage.REPORT__PUBLISHED_AT:
				setPublishedAt((Instant)newValue);
				return;
			case ReportingPackage.REPORT__AUTHOR:
				setAuthor((Person)newValue);
				return;
			case ReportingPackage.REPORT__SUMMARY:
				setSummary((String)newValue);
				return;
			case ReportingPackage.REPORT__ACCOMPLISHMENTS:
				setAccomplishments((String)newValue);
				return;
			case ReportingPackage.REPORT__NEXT_STEPS:
				setNextSteps((String)newValue);
				return;
			case ReportingPackage.REPORT__HELP_NEEDED:
				setHelpNeeded((String)newValue);
				return;
			case ReportingPackage.REPORT__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends ReportSnapshot>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ReportingPackage.REPORT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReportingPackage.REPORT__SCOPE:
				setScope((Scope)null);
				return;
			case ReportingPackage.REPORT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case ReportingPackage.REPORT__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case ReportingPackage.REPORT__RAG:
				setRag(RAG_EDEFAULT);
				return;
			case ReportingPackage.REPORT__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case ReportingPackage.REPORT__PUBLISHED_AT:
				setPublishedAt(PUBLISHED_AT_EDEFAULT);
				return;
			case ReportingPackage.REPORT__AUTHOR:
				setAuthor((Person)null);
				return;
			case ReportingPackage.REPORT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case ReportingPackage.REPORT__ACCOMPLISHMENTS:
				setAccomplishments(ACCOMPLISHMENTS_EDEFAULT);
				return;
			case ReportingPackage.REPORT__NEXT_STEPS:
				setNextSteps(NEXT_STEPS_EDEFAULT);
				return;
			case ReportingPackage.REPORT__HELP_NEEDED:
				setHelpNeeded(HELP_NEEDED_EDEFAULT);
				return;
			case ReportingPackage.REPORT__SECTIONS:
				getSections().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ReportingPackage.REPORT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReportingPackage.REPORT__SCOPE:
				return scope != null;
			case ReportingPackage.REPORT__PERIOD:
				return period != PERIOD_EDEFAULT;
			case ReportingPackage.REPORT__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case ReportingPackage.REPORT__RAG:
				return rag != RAG_EDEFAULT;
			case ReportingPackage.REPORT__PUBLISHED:
				return published != PUBLISHED_EDEFAULT;
			case ReportingPackage.REPORT__PUBLISHED_AT:
				return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
			case ReportingPackage.REPORT__AUTHOR:
				return author != null;
			case ReportingPackage.REPORT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case ReportingPackage.REPORT__ACCOMPLISHMENTS:
				return ACCOMPLISHMENTS_EDEFAULT == null ? accomplishments != null : !ACCOMPLISHMENTS_EDEFAULT.equals(accomplishments);
			case ReportingPackage.REPORT__NEXT_STEPS:
				return NEXT_STEPS_EDEFAULT == null ? nextSteps != null : !NEXT_STEPS_EDEFAULT.equals(nextSteps);
			case ReportingPackage.REPORT__HELP_NEEDED:
				return HELP_NEEDED_EDEFAULT == null ? helpNeeded != null : !HELP_NEEDED_EDEFAULT.equals(helpNeeded);
			case ReportingPackage.REPORT__SECTIONS:
				return sections != null && !sections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", period: ");
		result.append(period);
		result.append(", asOf: ");
		result.append(asOf);
		result.append(", rag: ");
		result.append(rag);
		result.append(", published: ");
		result.append(published);
		result.append(", publishedAt: ");
		result.append(publishedAt);
		result.append(", summary: ");
		result.append(summary);
		result.append(", accomplishments: ");
		result.append(accomplishments);
		result.append(", nextSteps: ");
		result.append(nextSteps);
		result.append(", helpNeeded: ");
		result.append(helpNeeded);
		result.append(')');
		return result.toString();
	}

} //ReportImpl
