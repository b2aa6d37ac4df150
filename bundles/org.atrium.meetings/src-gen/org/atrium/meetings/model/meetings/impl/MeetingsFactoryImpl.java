/**
 */
package org.atrium.meetings.model.meetings.impl;

import org.atrium.meetings.model.meetings.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MeetingsFactoryImpl extends EFactoryImpl implements MeetingsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MeetingsFactory init() {
		try {
			MeetingsFactory theMeetingsFactory = (MeetingsFactory)EPackage.Registry.INSTANCE.getEFactory(MeetingsPackage.eNS_URI);
			if (theMeetingsFactory != null) {
				return theMeetingsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MeetingsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MeetingsPackage.MEETING_SERIES: return createMeetingSeries();
			case MeetingsPackage.MEETING: return createMeeting();
			case MeetingsPackage.ATTENDEE: return createAttendee();
			case MeetingsPackage.AGENDA_ITEM: return createAgendaItem();
			case MeetingsPackage.DECISION: return createDecision();
			case MeetingsPackage.ACTION_ITEM: return createActionItem();
			case MeetingsPackage.MEETING_TEMPLATE: return createMeetingTemplate();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MeetingsPackage.MEETING_TYPE:
				return createMeetingTypeFromString(eDataType, initialValue);
			case MeetingsPackage.MEETING_STATUS:
				return createMeetingStatusFromString(eDataType, initialValue);
			case MeetingsPackage.ATTENDEE_ROLE:
				return createAttendeeRoleFromString(eDataType, initialValue);
			case MeetingsPackage.ATTENDANCE:
				return createAttendanceFromString(eDataType, initialValue);
			case MeetingsPackage.DECISION_STATUS:
				return createDecisionStatusFromString(eDataType, initialValue);
			case MeetingsPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MeetingsPackage.MEETING_TYPE:
				return convertMeetingTypeToString(eDataType, instanceValue);
			case MeetingsPackage.MEETING_STATUS:
				return convertMeetingStatusToString(eDataType, instanceValue);
			case MeetingsPackage.ATTENDEE_ROLE:
				return convertAttendeeRoleToString(eDataType, instanceValue);
			case MeetingsPackage.ATTENDANCE:
				return convertAttendanceToString(eDataType, instanceValue);
			case MeetingsPackage.DECISION_STATUS:
				return convertDecisionStatusToString(eDataType, instanceValue);
			case MeetingsPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingSeries createMeetingSeries() {
		MeetingSeriesImpl meetingSeries = new MeetingSeriesImpl();
		return meetingSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting createMeeting() {
		MeetingImpl meeting = new MeetingImpl();
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendee createAttendee() {
		AttendeeImpl attendee = new AttendeeImpl();
		return attendee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem createAgendaItem() {
		AgendaItemImpl agendaItem = new AgendaItemImpl();
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionItem createActionItem() {
		ActionItemImpl actionItem = new ActionItemImpl();
		return actionItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingTemplate createMeetingTemplate() {
		MeetingTemplateImpl meetingTemplate = new MeetingTemplateImpl();
		return meetingTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingType createMeetingTypeFromString(EDataType eDataType, String initialValue) {
		MeetingType result = MeetingType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeetingTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingStatus createMeetingStatusFromString(EDataType eDataType, String initialValue) {
		MeetingStatus result = MeetingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeetingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttendeeRole createAttendeeRoleFromString(EDataType eDataType, String initialValue) {
		AttendeeRole result = AttendeeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttendeeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attendance createAttendanceFromString(EDataType eDataType, String initialValue) {
		Attendance result = Attendance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttendanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionStatus createDecisionStatusFromString(EDataType eDataType, String initialValue) {
		DecisionStatus result = DecisionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingsPackage getMeetingsPackage() {
		return (MeetingsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MeetingsPackage getPackage() {
		return MeetingsPackage.eINSTANCE;
	}

} //MeetingsFactoryImpl
