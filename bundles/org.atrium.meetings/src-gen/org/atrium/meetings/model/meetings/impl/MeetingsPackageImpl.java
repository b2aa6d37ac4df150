/**
 */
package org.atrium.meetings.model.meetings.impl;

import org.atrium.core.model.pmo.PmoPackage;

import org.atrium.meetings.MeetingValidation;

import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingTemplate;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.atrium.meetings.model.meetings.MeetingsPackage;

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
public class MeetingsPackageImpl extends EPackageImpl implements MeetingsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attendeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agendaItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum meetingTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum meetingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attendeeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attendanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

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
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MeetingsPackageImpl() {
		super(eNS_URI, MeetingsFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link MeetingsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated NOT
	 */
	public static MeetingsPackage init() {
		if (isInited) return (MeetingsPackage)EPackage.Registry.INSTANCE.getEPackage(MeetingsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMeetingsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MeetingsPackageImpl theMeetingsPackage = registeredMeetingsPackage instanceof MeetingsPackageImpl ? (MeetingsPackageImpl)registeredMeetingsPackage : new MeetingsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PmoPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theMeetingsPackage.createPackageContents();

		// Initialize created meta-data
		theMeetingsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMeetingsPackage.freeze();

		// Register the package's business rules, so that every Diagnostician sees them
		EValidator.Registry.INSTANCE.put(theMeetingsPackage, (EValidator.Descriptor) MeetingValidation::new);

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MeetingsPackage.eNS_URI, theMeetingsPackage);
		return theMeetingsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeetingSeries() {
		return meetingSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Title() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Type() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSeries_Scope() {
		return (EReference)meetingSeriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSeries_Organizer() {
		return (EReference)meetingSeriesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_TimeZone() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_FirstStart() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_DurationMinutes() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Recurrence() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_ExceptionDates() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Location() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_OnlineLink() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Uid() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSeries_Sequence() {
		return (EAttribute)meetingSeriesEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSeries_Invitees() {
		return (EReference)meetingSeriesEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSeries_Meetings() {
		return (EReference)meetingSeriesEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeeting() {
		return meetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Start() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_End() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Location() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_OnlineLink() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Status() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Attendees() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_AgendaItems() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Decisions() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Actions() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Documents() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttendee() {
		return attendeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttendee_Person() {
		return (EReference)attendeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendee_Role() {
		return (EAttribute)attendeeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendee_Attendance() {
		return (EAttribute)attendeeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgendaItem() {
		return agendaItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Title() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgendaItem_Presenter() {
		return (EReference)agendaItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_MinutesAllotted() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_SubjectId() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_SubjectClass() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Minutes() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision() {
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Text() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_DecidedBy() {
		return (EReference)decisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_DecidedOn() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Project() {
		return (EReference)decisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Status() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionItem() {
		return actionItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Title() {
		return (EAttribute)actionItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionItem_Owner() {
		return (EReference)actionItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_DueDate() {
		return (EAttribute)actionItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Status() {
		return (EAttribute)actionItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Notes() {
		return (EAttribute)actionItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeetingTemplate() {
		return meetingTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingTemplate_Type() {
		return (EAttribute)meetingTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingTemplate_Items() {
		return (EAttribute)meetingTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeetingType() {
		return meetingTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeetingStatus() {
		return meetingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttendeeRole() {
		return attendeeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttendance() {
		return attendanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionStatus() {
		return decisionStatusEEnum;
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
	public MeetingsFactory getMeetingsFactory() {
		return (MeetingsFactory)getEFactoryInstance();
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
		meetingSeriesEClass = createEClass(MEETING_SERIES);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__TITLE);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__TYPE);
		createEReference(meetingSeriesEClass, MEETING_SERIES__SCOPE);
		createEReference(meetingSeriesEClass, MEETING_SERIES__ORGANIZER);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__TIME_ZONE);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__FIRST_START);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__DURATION_MINUTES);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__RECURRENCE);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__EXCEPTION_DATES);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__LOCATION);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__ONLINE_LINK);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__UID);
		createEAttribute(meetingSeriesEClass, MEETING_SERIES__SEQUENCE);
		createEReference(meetingSeriesEClass, MEETING_SERIES__INVITEES);
		createEReference(meetingSeriesEClass, MEETING_SERIES__MEETINGS);

		meetingEClass = createEClass(MEETING);
		createEAttribute(meetingEClass, MEETING__START);
		createEAttribute(meetingEClass, MEETING__END);
		createEAttribute(meetingEClass, MEETING__LOCATION);
		createEAttribute(meetingEClass, MEETING__ONLINE_LINK);
		createEAttribute(meetingEClass, MEETING__STATUS);
		createEReference(meetingEClass, MEETING__ATTENDEES);
		createEReference(meetingEClass, MEETING__AGENDA_ITEMS);
		createEReference(meetingEClass, MEETING__DECISIONS);
		createEReference(meetingEClass, MEETING__ACTIONS);
		createEReference(meetingEClass, MEETING__DOCUMENTS);

		attendeeEClass = createEClass(ATTENDEE);
		createEReference(attendeeEClass, ATTENDEE__PERSON);
		createEAttribute(attendeeEClass, ATTENDEE__ROLE);
		createEAttribute(attendeeEClass, ATTENDEE__ATTENDANCE);

		agendaItemEClass = createEClass(AGENDA_ITEM);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__TITLE);
		createEReference(agendaItemEClass, AGENDA_ITEM__PRESENTER);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__MINUTES_ALLOTTED);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__SUBJECT_ID);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__SUBJECT_CLASS);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__MINUTES);

		decisionEClass = createEClass(DECISION);
		createEAttribute(decisionEClass, DECISION__TEXT);
		createEReference(decisionEClass, DECISION__DECIDED_BY);
		createEAttribute(decisionEClass, DECISION__DECIDED_ON);
		createEReference(decisionEClass, DECISION__PROJECT);
		createEAttribute(decisionEClass, DECISION__STATUS);

		actionItemEClass = createEClass(ACTION_ITEM);
		createEAttribute(actionItemEClass, ACTION_ITEM__TITLE);
		createEReference(actionItemEClass, ACTION_ITEM__OWNER);
		createEAttribute(actionItemEClass, ACTION_ITEM__DUE_DATE);
		createEAttribute(actionItemEClass, ACTION_ITEM__STATUS);
		createEAttribute(actionItemEClass, ACTION_ITEM__NOTES);

		meetingTemplateEClass = createEClass(MEETING_TEMPLATE);
		createEAttribute(meetingTemplateEClass, MEETING_TEMPLATE__TYPE);
		createEAttribute(meetingTemplateEClass, MEETING_TEMPLATE__ITEMS);

		// Create enums
		meetingTypeEEnum = createEEnum(MEETING_TYPE);
		meetingStatusEEnum = createEEnum(MEETING_STATUS);
		attendeeRoleEEnum = createEEnum(ATTENDEE_ROLE);
		attendanceEEnum = createEEnum(ATTENDANCE);
		decisionStatusEEnum = createEEnum(DECISION_STATUS);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
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
		meetingSeriesEClass.getESuperTypes().add(thePmoPackage.getEntity());
		meetingEClass.getESuperTypes().add(thePmoPackage.getEntity());
		attendeeEClass.getESuperTypes().add(thePmoPackage.getEntity());
		agendaItemEClass.getESuperTypes().add(thePmoPackage.getEntity());
		decisionEClass.getESuperTypes().add(thePmoPackage.getEntity());
		actionItemEClass.getESuperTypes().add(thePmoPackage.getEntity());
		meetingTemplateEClass.getESuperTypes().add(thePmoPackage.getEntity());

		// Initialize classes, features, and operations; add parameters
		initEClass(meetingSeriesEClass, MeetingSeries.class, "MeetingSeries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeetingSeries_Title(), ecorePackage.getEString(), "title", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_Type(), this.getMeetingType(), "type", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSeries_Scope(), thePmoPackage.getScope(), null, "scope", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSeries_Organizer(), thePmoPackage.getPerson(), null, "organizer", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_FirstStart(), thePmoPackage.getInstant(), "firstStart", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_Recurrence(), ecorePackage.getEString(), "recurrence", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_ExceptionDates(), thePmoPackage.getLocalDate(), "exceptionDates", null, 0, -1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_Location(), ecorePackage.getEString(), "location", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_OnlineLink(), ecorePackage.getEString(), "onlineLink", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_Uid(), ecorePackage.getEString(), "uid", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSeries_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSeries_Invitees(), this.getAttendee(), null, "invitees", null, 0, -1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSeries_Meetings(), this.getMeeting(), null, "meetings", null, 0, -1, MeetingSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(meetingEClass, Meeting.class, "Meeting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeeting_Start(), thePmoPackage.getInstant(), "start", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_End(), thePmoPackage.getInstant(), "end", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Location(), ecorePackage.getEString(), "location", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_OnlineLink(), ecorePackage.getEString(), "onlineLink", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Status(), this.getMeetingStatus(), "status", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_Attendees(), this.getAttendee(), null, "attendees", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_AgendaItems(), this.getAgendaItem(), null, "agendaItems", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_Decisions(), this.getDecision(), null, "decisions", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_Actions(), this.getActionItem(), null, "actions", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_Documents(), thePmoPackage.getDocumentRef(), null, "documents", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attendeeEClass, Attendee.class, "Attendee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAttendee_Person(), thePmoPackage.getPerson(), null, "person", null, 0, 1, Attendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendee_Role(), this.getAttendeeRole(), "role", null, 0, 1, Attendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendee_Attendance(), this.getAttendance(), "attendance", null, 0, 1, Attendee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agendaItemEClass, AgendaItem.class, "AgendaItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgendaItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgendaItem_Presenter(), thePmoPackage.getPerson(), null, "presenter", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_MinutesAllotted(), ecorePackage.getEInt(), "minutesAllotted", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_SubjectId(), ecorePackage.getEString(), "subjectId", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_SubjectClass(), ecorePackage.getEString(), "subjectClass", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_Minutes(), ecorePackage.getEString(), "minutes", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecision_Text(), ecorePackage.getEString(), "text", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_DecidedBy(), thePmoPackage.getPerson(), null, "decidedBy", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_DecidedOn(), thePmoPackage.getLocalDate(), "decidedOn", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_Status(), this.getDecisionStatus(), "status", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionItemEClass, ActionItem.class, "ActionItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionItem_Owner(), thePmoPackage.getPerson(), null, "owner", null, 0, 1, ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionItem_DueDate(), thePmoPackage.getLocalDate(), "dueDate", null, 0, 1, ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionItem_Status(), this.getActionStatus(), "status", null, 0, 1, ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionItem_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(meetingTemplateEClass, MeetingTemplate.class, "MeetingTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeetingTemplate_Type(), this.getMeetingType(), "type", null, 0, 1, MeetingTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingTemplate_Items(), ecorePackage.getEString(), "items", null, 0, -1, MeetingTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(meetingTypeEEnum, MeetingType.class, "MeetingType");
		addEEnumLiteral(meetingTypeEEnum, MeetingType.ONE_ON_ONE);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.PROJECT_CHECK_IN);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.CROSS_FUNCTIONAL_REVIEW);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.TECHNICAL_SYNC);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.STEERING_COMMITTEE);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.KICKOFF);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.UAT_REVIEW);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.GO_NO_GO);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.VENDOR_CHECK_IN);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.TRAINING);
		addEEnumLiteral(meetingTypeEEnum, MeetingType.CORPORATE_UPDATE);

		initEEnum(meetingStatusEEnum, MeetingStatus.class, "MeetingStatus");
		addEEnumLiteral(meetingStatusEEnum, MeetingStatus.PLANNED);
		addEEnumLiteral(meetingStatusEEnum, MeetingStatus.HELD);
		addEEnumLiteral(meetingStatusEEnum, MeetingStatus.CANCELLED);

		initEEnum(attendeeRoleEEnum, AttendeeRole.class, "AttendeeRole");
		addEEnumLiteral(attendeeRoleEEnum, AttendeeRole.REQUIRED);
		addEEnumLiteral(attendeeRoleEEnum, AttendeeRole.OPTIONAL);

		initEEnum(attendanceEEnum, Attendance.class, "Attendance");
		addEEnumLiteral(attendanceEEnum, Attendance.UNRECORDED);
		addEEnumLiteral(attendanceEEnum, Attendance.PRESENT);
		addEEnumLiteral(attendanceEEnum, Attendance.ABSENT);
		addEEnumLiteral(attendanceEEnum, Attendance.EXCUSED);

		initEEnum(decisionStatusEEnum, DecisionStatus.class, "DecisionStatus");
		addEEnumLiteral(decisionStatusEEnum, DecisionStatus.UNDECIDED);
		addEEnumLiteral(decisionStatusEEnum, DecisionStatus.DECIDED);
		addEEnumLiteral(decisionStatusEEnum, DecisionStatus.REJECTED);
		addEEnumLiteral(decisionStatusEEnum, DecisionStatus.SUPERSEDED);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.OPEN);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.CANCELLED);

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
		  (getMeetingSeries_Scope(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getMeetingSeries_Organizer(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getMeetingSeries_TimeZone(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getMeetingSeries_Recurrence(),
		   source,
		   new String[] {
			   "length", "512"
		   });
		addAnnotation
		  (getMeetingSeries_Location(),
		   source,
		   new String[] {
			   "length", "512"
		   });
		addAnnotation
		  (getMeetingSeries_OnlineLink(),
		   source,
		   new String[] {
			   "length", "2000"
		   });
		addAnnotation
		  (getMeetingSeries_Uid(),
		   source,
		   new String[] {
			   "length", "255",
			   "index", "true"
		   });
		addAnnotation
		  (getMeeting_Start(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getMeeting_Location(),
		   source,
		   new String[] {
			   "length", "512"
		   });
		addAnnotation
		  (getMeeting_OnlineLink(),
		   source,
		   new String[] {
			   "length", "2000"
		   });
		addAnnotation
		  (getAttendee_Person(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getAgendaItem_SubjectId(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getAgendaItem_SubjectClass(),
		   source,
		   new String[] {
			   "length", "255"
		   });
		addAnnotation
		  (getAgendaItem_Minutes(),
		   source,
		   new String[] {
			   "length", "32000"
		   });
		addAnnotation
		  (getDecision_Text(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getDecision_Project(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getActionItem_Owner(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getActionItem_Notes(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getMeetingTemplate_Type(),
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
		  (getMeetingSeries_Scope(),
		   source,
		   new String[] {
			   "label", "Belongs to"
		   });
		addAnnotation
		  (getMeetingSeries_FirstStart(),
		   source,
		   new String[] {
			   "label", "First start"
		   });
		addAnnotation
		  (getMeetingSeries_DurationMinutes(),
		   source,
		   new String[] {
			   "label", "Duration (minutes)"
		   });
		addAnnotation
		  (getMeetingSeries_ExceptionDates(),
		   source,
		   new String[] {
			   "label", "Exceptions"
		   });
		addAnnotation
		  (getMeetingSeries_OnlineLink(),
		   source,
		   new String[] {
			   "label", "Online link"
		   });
		addAnnotation
		  (getMeetingSeries_Uid(),
		   source,
		   new String[] {
			   "label", "Calendar UID"
		   });
		addAnnotation
		  (getMeetingSeries_Meetings(),
		   source,
		   new String[] {
			   "label", "Occurrences"
		   });
		addAnnotation
		  (getMeeting_OnlineLink(),
		   source,
		   new String[] {
			   "label", "Online link"
		   });
		addAnnotation
		  (getMeeting_AgendaItems(),
		   source,
		   new String[] {
			   "label", "Agenda"
		   });
		addAnnotation
		  (getMeeting_Actions(),
		   source,
		   new String[] {
			   "label", "Action items"
		   });
		addAnnotation
		  (getAgendaItem_MinutesAllotted(),
		   source,
		   new String[] {
			   "label", "Minutes allotted"
		   });
		addAnnotation
		  (getAgendaItem_SubjectId(),
		   source,
		   new String[] {
			   "label", "About"
		   });
		addAnnotation
		  (getAgendaItem_SubjectClass(),
		   source,
		   new String[] {
			   "label", "About (kind)"
		   });
		addAnnotation
		  (getDecision_DecidedBy(),
		   source,
		   new String[] {
			   "label", "Decided by"
		   });
		addAnnotation
		  (getDecision_DecidedOn(),
		   source,
		   new String[] {
			   "label", "Decided on"
		   });
		addAnnotation
		  (actionItemEClass,
		   source,
		   new String[] {
			   "label", "Action item"
		   });
		addAnnotation
		  (getActionItem_DueDate(),
		   source,
		   new String[] {
			   "label", "Due date"
		   });
		addAnnotation
		  (getMeetingTemplate_Items(),
		   source,
		   new String[] {
			   "label", "Agenda items"
		   });
	}

} //MeetingsPackageImpl
