"""The profile form of a mentee or a mentor (SPEC §3): every field, in group boxes laid out in
two columns inside a scroll area. The form only edits values: :meth:`PersonForm.data` gives
the ``MenteeData`` or ``MentorData`` to save, :meth:`PersonForm.show_problems` puts each
refused value's sentence in red under its field. Saving is the file window's job.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import (
    TRAINING_MODULE_COUNT,
    Barrier,
    DigitalSkills,
    DiplomaRecognition,
    EducationLevel,
    Gender,
    JobseekerService,
    PersonRole,
    Sector,
    WorkingStatus,
)
from duodesk.core.context import Services
from duodesk.core.errors import InvalidValue, ValidationErrors
from duodesk.core.services.person_data import MenteeData, MentorData
from duodesk.core.validation import age_on
from duodesk.messages import describe
from duodesk.ui import formats
from duodesk.ui.persons.widgets import (
    ERROR_STYLE,
    AvailabilityGrid,
    CodeChecklist,
    CodeCombo,
    DateField,
    FieldWithError,
    LanguageEditor,
    LineField,
    NumberField,
    RecordCombo,
    TextField,
    YesNoCombo,
)


class PersonForm(QScrollArea):
    """Every field of a mentee's or a mentor's file; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, services: Services, role: PersonRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.role = PersonRole(role)
        self.base: MenteeData | MentorData = (
            MenteeData() if self.role == PersonRole.MENTEE else MentorData()
        )
        self.fields: dict[str, FieldWithError] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.setWidgetResizable(True)
        inner = QWidget()
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(inner)
        outer.addWidget(self.general_error)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.setWidget(inner)
        self._build()
        self.retranslate()

    # --- building -------------------------------------------------------------------
    def _group(self, name: str, row: int, column: int, span: int = 1) -> QFormLayout:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.groups[name] = box
        self.grid.addWidget(box, row, column, 1, span)
        return form

    def _add(
        self, form: QFormLayout, name: str, widget: QWidget, beside: QWidget | None = None
    ) -> QWidget:
        wrapped = FieldWithError(widget, beside)
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        self.fields[name] = wrapped
        self.labels[name] = label
        form.addRow(label, wrapped)
        widget.changed.connect(self._edited)  # type: ignore[attr-defined]
        if isinstance(widget, DateField):  # a day that is no day is said on leaving it
            widget.edit.editingFinished.connect(self.check_now)
        return widget

    def _build(self) -> None:
        organisation = self.services.organisation
        identity = self._group("identity", 0, 0)
        self.first_name = self._add(identity, "first_name", LineField())
        self.last_name = self._add(identity, "last_name", LineField())
        self.gender = self._add(identity, "gender", CodeCombo(Gender))
        self.age_label = QLabel()
        self.age_label.setMinimumWidth(70)
        self.birth_date = self._add(identity, "birth_date", DateField(), self.age_label)
        self.age_override_reason = self._add(identity, "age_override_reason", LineField())
        self.birth_date.changed.connect(self._show_age)

        contact = self._group("contact", 0, 1)
        self.email = self._add(contact, "email", LineField())
        self.phone = self._add(contact, "phone", LineField())
        self.postal_code = self._add(contact, "postal_code", LineField())
        self.municipality = self._add(contact, "municipality", LineField())
        self.email.editingFinished.connect(self.check_now)
        self.phone.editingFinished.connect(self.check_now)
        self.postal_code.editingFinished.connect(self.check_now)

        skills = self._group("skills", 1, 0)
        self.languages = self._add(skills, "languages", LanguageEditor())
        self.sectors = self._add(skills, "sectors", CodeChecklist(Sector))
        self.interests = self._add(skills, "interests", LineField())

        availability = self._group("availability", 1, 1)
        self.availability = self._add(availability, "availability", AvailabilityGrid())

        programme = self._group("programme", 2, 0)
        self.registered_on = self._add(programme, "registered_on", DateField())
        self.coordinator_id = self._add(
            programme,
            "coordinator_id",
            RecordCombo([(c.id, c.name) for c in organisation.coordinators(include_inactive=True)]),
        )
        self.antenna_id = self._add(
            programme,
            "antenna_id",
            RecordCombo([(a.id, f"{a.code} – {a.name}") for a in organisation.antennas()]),
        )
        # Referred by (a mentee) or the company partner (a mentor): the partners of Settings.
        self.partner_field = ("referral_partner_id" if self.role == PersonRole.MENTEE
                              else "company_partner_id")
        self.partner_id = self._add(
            programme, self.partner_field,
            RecordCombo([(p.id, p.name) for p in self.services.partners.partners()]))

        if self.role == PersonRole.MENTEE:
            self._build_mentee()
        else:
            self._build_mentor()

    def _build_mentee(self) -> None:
        referral = self._group("referral", 2, 1)
        self.referrer_contact = self._add(referral, "referrer_contact", LineField())
        self.referral_date = self._add(referral, "referral_date", DateField())
        self.jobseeker_service = self._add(
            referral, "jobseeker_service", CodeCombo(JobseekerService)
        )
        self.target_group_met = self._add(referral, "target_group_met", YesNoCombo())
        self.preferred_mentor_gender = self._add(
            referral, "preferred_mentor_gender", CodeCombo(Gender)
        )
        path = self._group("path", 3, 0, 2)
        self.education_level = self._add(path, "education_level", CodeCombo(EducationLevel))
        self.diploma_recognised = self._add(
            path, "diploma_recognised", CodeCombo(DiplomaRecognition)
        )
        self.professional_project = self._add(path, "professional_project", TextField())
        self.barriers = self._add(path, "barriers", CodeChecklist(Barrier))
        self.digital_skills = self._add(path, "digital_skills", CodeCombo(DigitalSkills))
        self.driving_licence = self._add(path, "driving_licence", YesNoCombo())

    def _build_mentor(self) -> None:
        career = self._group("career", 2, 1)
        self.last_job = self._add(career, "last_job", LineField())
        self.employer = self._add(career, "employer", LineField())
        self.working_status = self._add(career, "working_status", CodeCombo(WorkingStatus))
        self.max_duos = self._add(career, "max_duos", NumberField(1, 10))
        self.paused_caption = QLabel()
        self.paused_label = QLabel()
        career.addRow(self.paused_caption, self.paused_label)
        training = self._group("training", 3, 0, 2)
        modules = QWidget()
        grid = QGridLayout(modules)
        grid.setContentsMargins(0, 0, 0, 0)
        self.module_labels: list[QLabel] = []
        self.modules: dict[int, DateField] = {}
        for number in range(1, TRAINING_MODULE_COUNT + 1):
            caption = QLabel()
            field = DateField()
            field.changed.connect(self._edited)
            field.edit.editingFinished.connect(self.check_now)
            self.module_labels.append(caption)
            self.modules[number] = field
            row, column = divmod(number - 1, 4)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(field, row, column * 2 + 1)
        wrapped = FieldWithError(modules)
        self.fields["training_modules"] = wrapped
        training.addRow(wrapped)

    # --- texts ----------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {
            "identity": QCoreApplication.translate("PersonForm", "Identity"),
            "contact": QCoreApplication.translate("PersonForm", "Contact"),
            "skills": QCoreApplication.translate("PersonForm", "Languages, sectors and interests"),
            "availability": QCoreApplication.translate("PersonForm", "Weekly availability"),
            "programme": QCoreApplication.translate("PersonForm", "In the programme"),
            "referral": QCoreApplication.translate("PersonForm", "Referral"),
            "path": QCoreApplication.translate("PersonForm", "Education and job search"),
            "career": QCoreApplication.translate("PersonForm", "Career"),
            "training": QCoreApplication.translate(
                "PersonForm", "Training modules (date completed)"
            ),
        }
        for name, box in self.groups.items():
            box.setTitle(titles[name])
        captions = {
            "first_name": QCoreApplication.translate("PersonForm", "First name"),
            "last_name": QCoreApplication.translate("PersonForm", "Last name"),
            "gender": QCoreApplication.translate("PersonForm", "Gender"),
            "birth_date": QCoreApplication.translate("PersonForm", "Birth date"),
            "age_override_reason": QCoreApplication.translate(
                "PersonForm", "Reason for an age exception"
            ),
            "email": QCoreApplication.translate("PersonForm", "Email"),
            "phone": QCoreApplication.translate("PersonForm", "Phone"),
            "postal_code": QCoreApplication.translate("PersonForm", "Postcode"),
            "municipality": QCoreApplication.translate("PersonForm", "Municipality"),
            "languages": QCoreApplication.translate("PersonForm", "Languages"),
            "sectors": QCoreApplication.translate("PersonForm", "Sectors"),
            "interests": QCoreApplication.translate("PersonForm", "Interests"),
            "availability": QCoreApplication.translate("PersonForm", "Free at"),
            "registered_on": QCoreApplication.translate("PersonForm", "Registered on"),
            "coordinator_id": QCoreApplication.translate("PersonForm", "Coordinator"),
            "antenna_id": QCoreApplication.translate("PersonForm", "Antenna"),
            "referrer_contact": QCoreApplication.translate("PersonForm", "Referrer contact"),
            "referral_date": QCoreApplication.translate("PersonForm", "Referral date"),
            "jobseeker_service": QCoreApplication.translate("PersonForm", "Jobseeker service"),
            "target_group_met": QCoreApplication.translate(
                "PersonForm", "Meets the target group criterion"
            ),
            "preferred_mentor_gender": QCoreApplication.translate(
                "PersonForm", "Preferred mentor gender"
            ),
            "education_level": QCoreApplication.translate("PersonForm", "Education level"),
            "diploma_recognised": QCoreApplication.translate("PersonForm", "Diploma recognised"),
            "professional_project": QCoreApplication.translate(
                "PersonForm", "Professional project"
            ),
            "barriers": QCoreApplication.translate("PersonForm", "Barriers"),
            "digital_skills": QCoreApplication.translate("PersonForm", "Digital skills"),
            "driving_licence": QCoreApplication.translate("PersonForm", "Driving licence"),
            "last_job": QCoreApplication.translate("PersonForm", "Last job"),
            "employer": QCoreApplication.translate("PersonForm", "Employer"),
            "working_status": QCoreApplication.translate("PersonForm", "Working or retired"),
            "max_duos": QCoreApplication.translate("PersonForm", "Duos at the same time (at most)"),
        }
        for name, label in self.labels.items():
            if name in captions:
                label.setText(captions[name])
        self.interests.setPlaceholderText(
            QCoreApplication.translate("PersonForm", "Separated by commas")
        )
        self.municipality.setPlaceholderText(
            QCoreApplication.translate("PersonForm", "Filled from the postcode when left empty")
        )
        self.phone.setPlaceholderText("+32 470 12 34 56")
        self.labels[self.partner_field].setText(
            QCoreApplication.translate("PersonForm", "Referred by")
            if self.role == PersonRole.MENTEE
            else QCoreApplication.translate("PersonForm", "Company partner")
        )
        if self.role == PersonRole.MENTOR:
            self.paused_caption.setText(QCoreApplication.translate("PersonForm", "On pause until"))
            for number, caption in enumerate(self.module_labels, start=1):
                caption.setText(
                    QCoreApplication.translate("PersonForm", "Module {number}").format(
                        number=number
                    )
                )
        for field in self.fields.values():
            if hasattr(field.widget, "retranslate"):
                field.widget.retranslate()
            field.show_problems(field.problems)
        self._show_age()

    def field_caption(self, name: str) -> str:
        """The words of the form for a field name of the audit trail (its history)."""
        if name in ("availability", "training_modules"):
            box = self.groups.get("availability" if name == "availability" else "training")
            return box.title() if box else name
        label = self.labels.get(name)
        return label.text().replace("&", "") if label else name

    # --- values ---------------------------------------------------------------------
    def _edited(self) -> None:
        self.changed.emit()

    def _show_age(self) -> None:
        born = None if self.birth_date.problem() else self.birth_date.value()
        self.age_label.setText(
            QCoreApplication.translate("PersonForm", "{age} years old").format(
                age=age_on(born, date.today())
            )
            if born
            else ""
        )

    def set_data(
        self,
        data: MenteeData | MentorData,
        *,
        paused_until: date | None = None,
    ) -> None:
        """Show a file's values (or a new file's defaults) without marking it edited."""
        self.base = data
        self.blockSignals(True)
        for name, field in self.fields.items():
            if name == "training_modules":
                for number, module in self.modules.items():
                    module.set_value(data.training_modules.get(number))  # type: ignore[union-attr]
            elif name == "interests":
                field.widget.set_value(", ".join(data.interests))
            else:
                field.widget.set_value(getattr(data, name))
        self.blockSignals(False)
        if self.role == PersonRole.MENTOR:
            self.paused_label.setText(formats.date_text(paused_until) if paused_until else "—")
        self.show_problems([])
        self._show_age()

    def data(self) -> MenteeData | MentorData:
        """The values as typed, over the file they were loaded from; raises
        :class:`ValidationErrors` for a date typed that is no real day (31/02/2000), so
        that it is shown under its field and never saved as another day."""
        values = {}
        unreadable: list[InvalidValue] = []
        for name, field in self.fields.items():
            if name == "training_modules":
                values[name] = {}
                for number, module in self.modules.items():
                    if (problem := module.problem()) is not None:
                        unreadable.append(InvalidValue(**{**problem.params, "field": name}))
                    elif module.value() is not None:
                        values[name][number] = module.value()
            elif isinstance(field.widget, DateField) and field.widget.problem() is not None:
                problem = field.widget.problem()
                unreadable.append(InvalidValue(**{**problem.params, "field": name}))
            elif name == "interests":
                values[name] = [t.strip() for t in self.interests.text().split(",") if t.strip()]
            else:
                value = field.widget.value()
                values[name] = None if value == "" and name != "first_name" else value
        if unreadable:
            raise ValidationErrors(unreadable)
        values["last_name"] = values["last_name"] or ""
        return replace(self.base, **values)

    def show_problems(self, problems: list[InvalidValue]) -> None:
        """Each problem in words under its field; those of no field above the form."""
        by_field: dict[str, list[InvalidValue]] = {}
        for problem in problems:
            by_field.setdefault(str(problem.params.get("field")), []).append(problem)
        for name, field in self.fields.items():
            field.show_problems(by_field.pop(name, []))
        rest = [p for group in by_field.values() for p in group]
        self.general_error.setText("\n".join(describe(p) for p in rest))
        self.general_error.setVisible(bool(rest))
        age_refused = any(p.params.get("reason") in ("age_mentee", "age_mentor") for p in problems)
        show_override = age_refused or bool(self.age_override_reason.value())
        self.fields["age_override_reason"].setVisible(show_override)
        self.labels["age_override_reason"].setVisible(show_override)
        first = next((f for f in self.fields.values() if f.problems), None)
        if first is not None:
            self.ensureWidgetVisible(first)

    def check_now(self) -> None:
        """Check the whole form without saving (on leaving a field) and show the problems
        of the fields already filled in."""
        try:
            problems = self.services.persons.check(self.data())
        except ValidationErrors as unreadable:
            problems = unreadable.problems
        self.show_problems([p for p in problems if p.params.get("reason") != "required"])
