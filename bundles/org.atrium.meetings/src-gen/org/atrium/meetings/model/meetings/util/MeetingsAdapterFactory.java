/**
 */
package org.atrium.meetings.model.meetings.util;

import org.atrium.core.model.pmo.Entity;

import org.atrium.meetings.model.meetings.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.atrium.meetings.model.meetings.MeetingsPackage
 * @generated
 */
public class MeetingsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MeetingsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MeetingsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingsSwitch<Adapter> modelSwitch =
		new MeetingsSwitch<Adapter>() {
			@Override
			public Adapter caseMeetingSeries(MeetingSeries object) {
				return createMeetingSeriesAdapter();
			}
			@Override
			public Adapter caseMeeting(Meeting object) {
				return createMeetingAdapter();
			}
			@Override
			public Adapter caseAttendee(Attendee object) {
				return createAttendeeAdapter();
			}
			@Override
			public Adapter caseAgendaItem(AgendaItem object) {
				return createAgendaItemAdapter();
			}
			@Override
			public Adapter caseDecision(Decision object) {
				return createDecisionAdapter();
			}
			@Override
			public Adapter caseActionItem(ActionItem object) {
				return createActionItemAdapter();
			}
			@Override
			public Adapter caseMeetingTemplate(MeetingTemplate object) {
				return createMeetingTemplateAdapter();
			}
			@Override
			public Adapter caseEntity(Entity object) {
				return createEntityAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.MeetingSeries <em>Meeting Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.MeetingSeries
	 * @generated
	 */
	public Adapter createMeetingSeriesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.Meeting
	 * @generated
	 */
	public Adapter createMeetingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.Attendee <em>Attendee</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.Attendee
	 * @generated
	 */
	public Adapter createAttendeeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.AgendaItem
	 * @generated
	 */
	public Adapter createAgendaItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.Decision
	 * @generated
	 */
	public Adapter createDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.ActionItem
	 * @generated
	 */
	public Adapter createActionItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.meetings.model.meetings.MeetingTemplate <em>Meeting Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.meetings.model.meetings.MeetingTemplate
	 * @generated
	 */
	public Adapter createMeetingTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.atrium.core.model.pmo.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.atrium.core.model.pmo.Entity
	 * @generated
	 */
	public Adapter createEntityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MeetingsAdapterFactory
