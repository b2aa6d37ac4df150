/**
 */
package org.atrium.meetings.model.meetings;

import org.atrium.core.model.pmo.PmoPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.atrium.meetings.model.meetings.MeetingsFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface MeetingsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "meetings";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/meetings/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "meetings";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MeetingsPackage eINSTANCE = org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl <em>Meeting Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingSeries()
	 * @generated
	 */
	int MEETING_SERIES = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__TYPE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__SCOPE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__ORGANIZER = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__TIME_ZONE = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>First Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__FIRST_START = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__DURATION_MINUTES = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__RECURRENCE = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Exception Dates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__EXCEPTION_DATES = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__LOCATION = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Online Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__ONLINE_LINK = PmoPackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__UID = PmoPackage.ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__SEQUENCE = PmoPackage.ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Invitees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__INVITEES = PmoPackage.ENTITY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES__MEETINGS = PmoPackage.ENTITY_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Meeting Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Meeting Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SERIES_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.MeetingImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__START = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__END = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__LOCATION = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Online Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ONLINE_LINK = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDEES = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agenda Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__AGENDA_ITEMS = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DECISIONS = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ACTIONS = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DOCUMENTS = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.AttendeeImpl <em>Attendee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.AttendeeImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAttendee()
	 * @generated
	 */
	int ATTENDEE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__PERSON = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__ROLE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__ATTENDANCE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Attendee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Attendee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.AgendaItemImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Presenter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__PRESENTER = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minutes Allotted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__MINUTES_ALLOTTED = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__SUBJECT_ID = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Subject Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__SUBJECT_CLASS = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__MINUTES = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.DecisionImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TEXT = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DECIDED_BY = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DECIDED_ON = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.ActionItemImpl <em>Action Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.ActionItemImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getActionItem()
	 * @generated
	 */
	int ACTION_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__OWNER = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DUE_DATE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__NOTES = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.impl.MeetingTemplateImpl <em>Meeting Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.impl.MeetingTemplateImpl
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingTemplate()
	 * @generated
	 */
	int MEETING_TEMPLATE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE__TYPE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE__ITEMS = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Meeting Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Meeting Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_TEMPLATE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.MeetingType <em>Meeting Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.MeetingType
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingType()
	 * @generated
	 */
	int MEETING_TYPE = 7;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.MeetingStatus <em>Meeting Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.MeetingStatus
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingStatus()
	 * @generated
	 */
	int MEETING_STATUS = 8;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.AttendeeRole <em>Attendee Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.AttendeeRole
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAttendeeRole()
	 * @generated
	 */
	int ATTENDEE_ROLE = 9;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.Attendance <em>Attendance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.Attendance
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAttendance()
	 * @generated
	 */
	int ATTENDANCE = 10;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.DecisionStatus <em>Decision Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.DecisionStatus
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getDecisionStatus()
	 * @generated
	 */
	int DECISION_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.atrium.meetings.model.meetings.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.meetings.model.meetings.ActionStatus
	 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 12;


	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.MeetingSeries <em>Meeting Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting Series</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries
	 * @generated
	 */
	EClass getMeetingSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getTitle()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getType()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Type();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.MeetingSeries#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scope</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getScope()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EReference getMeetingSeries_Scope();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.MeetingSeries#getOrganizer <em>Organizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organizer</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getOrganizer()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EReference getMeetingSeries_Organizer();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getTimeZone()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getFirstStart <em>First Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Start</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getFirstStart()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_FirstStart();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getDurationMinutes()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getRecurrence()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Recurrence();

	/**
	 * Returns the meta object for the attribute list '{@link org.atrium.meetings.model.meetings.MeetingSeries#getExceptionDates <em>Exception Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exception Dates</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getExceptionDates()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_ExceptionDates();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getLocation()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getOnlineLink <em>Online Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online Link</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getOnlineLink()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_OnlineLink();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getUid()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Uid();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingSeries#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getSequence()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EAttribute getMeetingSeries_Sequence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.MeetingSeries#getInvitees <em>Invitees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Invitees</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getInvitees()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EReference getMeetingSeries_Invitees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.MeetingSeries#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries#getMeetings()
	 * @see #getMeetingSeries()
	 * @generated
	 */
	EReference getMeetingSeries_Meetings();

	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Meeting#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getStart()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Meeting#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getEnd()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_End();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Meeting#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getLocation()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Meeting#getOnlineLink <em>Online Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online Link</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getOnlineLink()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_OnlineLink();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Meeting#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getStatus()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.Meeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attendees</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getAttendees()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Attendees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.Meeting#getAgendaItems <em>Agenda Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agenda Items</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getAgendaItems()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_AgendaItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.Meeting#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getDecisions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.Meeting#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getActions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.meetings.model.meetings.Meeting#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.atrium.meetings.model.meetings.Meeting#getDocuments()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Documents();

	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.Attendee <em>Attendee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attendee</em>'.
	 * @see org.atrium.meetings.model.meetings.Attendee
	 * @generated
	 */
	EClass getAttendee();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.Attendee#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.meetings.model.meetings.Attendee#getPerson()
	 * @see #getAttendee()
	 * @generated
	 */
	EReference getAttendee_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Attendee#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.atrium.meetings.model.meetings.Attendee#getRole()
	 * @see #getAttendee()
	 * @generated
	 */
	EAttribute getAttendee_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Attendee#getAttendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendance</em>'.
	 * @see org.atrium.meetings.model.meetings.Attendee#getAttendance()
	 * @see #getAttendee()
	 * @generated
	 */
	EAttribute getAttendee_Attendance();

	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.AgendaItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem#getTitle()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Title();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.AgendaItem#getPresenter <em>Presenter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Presenter</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem#getPresenter()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EReference getAgendaItem_Presenter();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.AgendaItem#getMinutesAllotted <em>Minutes Allotted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes Allotted</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem#getMinutesAllotted()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_MinutesAllotted();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.AgendaItem#getSubjectId <em>Subject Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Id</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem#getSubjectId()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_SubjectId();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.AgendaItem#getSubjectClass <em>Subject Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Class</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem#getSubjectClass()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_SubjectClass();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.AgendaItem#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see org.atrium.meetings.model.meetings.AgendaItem#getMinutes()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Minutes();

	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.atrium.meetings.model.meetings.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Decision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.atrium.meetings.model.meetings.Decision#getText()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Text();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.Decision#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Decided By</em>'.
	 * @see org.atrium.meetings.model.meetings.Decision#getDecidedBy()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Decision#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.atrium.meetings.model.meetings.Decision#getDecidedOn()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_DecidedOn();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.Decision#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.meetings.model.meetings.Decision#getProject()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.Decision#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.meetings.model.meetings.Decision#getStatus()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Status();

	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Item</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionItem
	 * @generated
	 */
	EClass getActionItem();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.ActionItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionItem#getTitle()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Title();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.meetings.model.meetings.ActionItem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionItem#getOwner()
	 * @see #getActionItem()
	 * @generated
	 */
	EReference getActionItem_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.ActionItem#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionItem#getDueDate()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.ActionItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionItem#getStatus()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.ActionItem#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionItem#getNotes()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Notes();

	/**
	 * Returns the meta object for class '{@link org.atrium.meetings.model.meetings.MeetingTemplate <em>Meeting Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting Template</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingTemplate
	 * @generated
	 */
	EClass getMeetingTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.meetings.model.meetings.MeetingTemplate#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingTemplate#getType()
	 * @see #getMeetingTemplate()
	 * @generated
	 */
	EAttribute getMeetingTemplate_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.atrium.meetings.model.meetings.MeetingTemplate#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingTemplate#getItems()
	 * @see #getMeetingTemplate()
	 * @generated
	 */
	EAttribute getMeetingTemplate_Items();

	/**
	 * Returns the meta object for enum '{@link org.atrium.meetings.model.meetings.MeetingType <em>Meeting Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Type</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingType
	 * @generated
	 */
	EEnum getMeetingType();

	/**
	 * Returns the meta object for enum '{@link org.atrium.meetings.model.meetings.MeetingStatus <em>Meeting Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Status</em>'.
	 * @see org.atrium.meetings.model.meetings.MeetingStatus
	 * @generated
	 */
	EEnum getMeetingStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.meetings.model.meetings.AttendeeRole <em>Attendee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attendee Role</em>'.
	 * @see org.atrium.meetings.model.meetings.AttendeeRole
	 * @generated
	 */
	EEnum getAttendeeRole();

	/**
	 * Returns the meta object for enum '{@link org.atrium.meetings.model.meetings.Attendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attendance</em>'.
	 * @see org.atrium.meetings.model.meetings.Attendance
	 * @generated
	 */
	EEnum getAttendance();

	/**
	 * Returns the meta object for enum '{@link org.atrium.meetings.model.meetings.DecisionStatus <em>Decision Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Status</em>'.
	 * @see org.atrium.meetings.model.meetings.DecisionStatus
	 * @generated
	 */
	EEnum getDecisionStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.meetings.model.meetings.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.atrium.meetings.model.meetings.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MeetingsFactory getMeetingsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl <em>Meeting Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingSeries()
		 * @generated
		 */
		EClass MEETING_SERIES = eINSTANCE.getMeetingSeries();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__TITLE = eINSTANCE.getMeetingSeries_Title();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__TYPE = eINSTANCE.getMeetingSeries_Type();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SERIES__SCOPE = eINSTANCE.getMeetingSeries_Scope();

		/**
		 * The meta object literal for the '<em><b>Organizer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SERIES__ORGANIZER = eINSTANCE.getMeetingSeries_Organizer();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__TIME_ZONE = eINSTANCE.getMeetingSeries_TimeZone();

		/**
		 * The meta object literal for the '<em><b>First Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__FIRST_START = eINSTANCE.getMeetingSeries_FirstStart();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__DURATION_MINUTES = eINSTANCE.getMeetingSeries_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__RECURRENCE = eINSTANCE.getMeetingSeries_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Exception Dates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__EXCEPTION_DATES = eINSTANCE.getMeetingSeries_ExceptionDates();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__LOCATION = eINSTANCE.getMeetingSeries_Location();

		/**
		 * The meta object literal for the '<em><b>Online Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__ONLINE_LINK = eINSTANCE.getMeetingSeries_OnlineLink();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__UID = eINSTANCE.getMeetingSeries_Uid();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SERIES__SEQUENCE = eINSTANCE.getMeetingSeries_Sequence();

		/**
		 * The meta object literal for the '<em><b>Invitees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SERIES__INVITEES = eINSTANCE.getMeetingSeries_Invitees();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SERIES__MEETINGS = eINSTANCE.getMeetingSeries_Meetings();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.MeetingImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__START = eINSTANCE.getMeeting_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__END = eINSTANCE.getMeeting_End();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__LOCATION = eINSTANCE.getMeeting_Location();

		/**
		 * The meta object literal for the '<em><b>Online Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__ONLINE_LINK = eINSTANCE.getMeeting_OnlineLink();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__STATUS = eINSTANCE.getMeeting_Status();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ATTENDEES = eINSTANCE.getMeeting_Attendees();

		/**
		 * The meta object literal for the '<em><b>Agenda Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__AGENDA_ITEMS = eINSTANCE.getMeeting_AgendaItems();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__DECISIONS = eINSTANCE.getMeeting_Decisions();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ACTIONS = eINSTANCE.getMeeting_Actions();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__DOCUMENTS = eINSTANCE.getMeeting_Documents();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.AttendeeImpl <em>Attendee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.AttendeeImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAttendee()
		 * @generated
		 */
		EClass ATTENDEE = eINSTANCE.getAttendee();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDEE__PERSON = eINSTANCE.getAttendee_Person();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDEE__ROLE = eINSTANCE.getAttendee_Role();

		/**
		 * The meta object literal for the '<em><b>Attendance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDEE__ATTENDANCE = eINSTANCE.getAttendee_Attendance();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.AgendaItemImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TITLE = eINSTANCE.getAgendaItem_Title();

		/**
		 * The meta object literal for the '<em><b>Presenter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENDA_ITEM__PRESENTER = eINSTANCE.getAgendaItem_Presenter();

		/**
		 * The meta object literal for the '<em><b>Minutes Allotted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__MINUTES_ALLOTTED = eINSTANCE.getAgendaItem_MinutesAllotted();

		/**
		 * The meta object literal for the '<em><b>Subject Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__SUBJECT_ID = eINSTANCE.getAgendaItem_SubjectId();

		/**
		 * The meta object literal for the '<em><b>Subject Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__SUBJECT_CLASS = eINSTANCE.getAgendaItem_SubjectClass();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__MINUTES = eINSTANCE.getAgendaItem_Minutes();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.DecisionImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TEXT = eINSTANCE.getDecision_Text();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__DECIDED_BY = eINSTANCE.getDecision_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DECIDED_ON = eINSTANCE.getDecision_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__PROJECT = eINSTANCE.getDecision_Project();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__STATUS = eINSTANCE.getDecision_Status();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.ActionItemImpl <em>Action Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.ActionItemImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getActionItem()
		 * @generated
		 */
		EClass ACTION_ITEM = eINSTANCE.getActionItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__TITLE = eINSTANCE.getActionItem_Title();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_ITEM__OWNER = eINSTANCE.getActionItem_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__DUE_DATE = eINSTANCE.getActionItem_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__STATUS = eINSTANCE.getActionItem_Status();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__NOTES = eINSTANCE.getActionItem_Notes();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.impl.MeetingTemplateImpl <em>Meeting Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.impl.MeetingTemplateImpl
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingTemplate()
		 * @generated
		 */
		EClass MEETING_TEMPLATE = eINSTANCE.getMeetingTemplate();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TEMPLATE__TYPE = eINSTANCE.getMeetingTemplate_Type();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_TEMPLATE__ITEMS = eINSTANCE.getMeetingTemplate_Items();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.MeetingType <em>Meeting Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.MeetingType
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingType()
		 * @generated
		 */
		EEnum MEETING_TYPE = eINSTANCE.getMeetingType();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.MeetingStatus <em>Meeting Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.MeetingStatus
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getMeetingStatus()
		 * @generated
		 */
		EEnum MEETING_STATUS = eINSTANCE.getMeetingStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.AttendeeRole <em>Attendee Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.AttendeeRole
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAttendeeRole()
		 * @generated
		 */
		EEnum ATTENDEE_ROLE = eINSTANCE.getAttendeeRole();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.Attendance <em>Attendance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.Attendance
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getAttendance()
		 * @generated
		 */
		EEnum ATTENDANCE = eINSTANCE.getAttendance();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.DecisionStatus <em>Decision Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.DecisionStatus
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getDecisionStatus()
		 * @generated
		 */
		EEnum DECISION_STATUS = eINSTANCE.getDecisionStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.meetings.model.meetings.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.meetings.model.meetings.ActionStatus
		 * @see org.atrium.meetings.model.meetings.impl.MeetingsPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

	}

} //MeetingsPackage
