# Compiled from forms/rule_dialog.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMetaObject,
    QObject,
    QPoint,
    QRect,
    QSize,
    QTime,
    QUrl,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QConicalGradient,
    QCursor,
    QFont,
    QFontDatabase,
    QGradient,
    QIcon,
    QImage,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPalette,
    QPixmap,
    QRadialGradient,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from illdesk.ui.field_form import FieldForm


class Ui_RuleDialog(object):
    def setupUi(self, RuleDialog):
        if not RuleDialog.objectName():
            RuleDialog.setObjectName("RuleDialog")
        self.rule_layout = QVBoxLayout(RuleDialog)
        self.rule_layout.setObjectName("rule_layout")
        self.form = FieldForm(RuleDialog)
        self.form.setObjectName("form")
        self.rule_rows = QFormLayout(self.form)
        self.rule_rows.setObjectName("rule_rows")
        self.label_partner = QLabel(self.form)
        self.label_partner.setObjectName("label_partner")

        self.rule_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_partner)

        self.partner = QComboBox(self.form)
        self.partner.setObjectName("partner")

        self.rule_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)

        self.label_material = QLabel(self.form)
        self.label_material.setObjectName("label_material")

        self.rule_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_material)

        self.material = QComboBox(self.form)
        self.material.setObjectName("material")

        self.rule_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.material)

        self.label_lendable = QLabel(self.form)
        self.label_lendable.setObjectName("label_lendable")

        self.rule_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_lendable)

        self.lendable = QComboBox(self.form)
        self.lendable.setObjectName("lendable")

        self.rule_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lendable)

        self.label_loan_days = QLabel(self.form)
        self.label_loan_days.setObjectName("label_loan_days")

        self.rule_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_loan_days)

        self.loan_days = QSpinBox(self.form)
        self.loan_days.setObjectName("loan_days")
        self.loan_days.setSpecialValueText("\u2014")

        self.rule_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.loan_days)

        self.label_renewals = QLabel(self.form)
        self.label_renewals.setObjectName("label_renewals")

        self.rule_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_renewals)

        self.renewals = QSpinBox(self.form)
        self.renewals.setObjectName("renewals")
        self.renewals.setSpecialValueText("\u2014")

        self.rule_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.renewals)

        self.label_charge = QLabel(self.form)
        self.label_charge.setObjectName("label_charge")

        self.rule_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_charge)

        self.charge = QLineEdit(self.form)
        self.charge.setObjectName("charge")

        self.rule_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.charge)

        self.label_conditions = QLabel(self.form)
        self.label_conditions.setObjectName("label_conditions")

        self.rule_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_conditions)

        self.conditions = QLineEdit(self.form)
        self.conditions.setObjectName("conditions")

        self.rule_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.conditions)

        self.rule_layout.addWidget(self.form)

        self.hint = QLabel(RuleDialog)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.rule_layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(RuleDialog)
        self.buttons.setObjectName("buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel | QDialogButtonBox.Save)

        self.rule_layout.addWidget(self.buttons)

        # if QT_CONFIG(shortcut)
        self.label_partner.setBuddy(self.partner)
        self.label_material.setBuddy(self.material)
        self.label_lendable.setBuddy(self.lendable)
        self.label_loan_days.setBuddy(self.loan_days)
        self.label_renewals.setBuddy(self.renewals)
        self.label_charge.setBuddy(self.charge)
        self.label_conditions.setBuddy(self.conditions)
        # endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner, self.material)
        QWidget.setTabOrder(self.material, self.lendable)
        QWidget.setTabOrder(self.lendable, self.loan_days)
        QWidget.setTabOrder(self.loan_days, self.renewals)
        QWidget.setTabOrder(self.renewals, self.charge)
        QWidget.setTabOrder(self.charge, self.conditions)
        QWidget.setTabOrder(self.conditions, self.buttons)

        self.retranslateUi(RuleDialog)

        QMetaObject.connectSlotsByName(RuleDialog)

    # setupUi

    def retranslateUi(self, RuleDialog):
        RuleDialog.setWindowTitle(
            QCoreApplication.translate("RuleDialog", "Lending policy rule", None)
        )
        self.label_partner.setText(QCoreApplication.translate("RuleDialog", "For", None))
        self.label_material.setText(QCoreApplication.translate("RuleDialog", "Material", None))
        self.label_lendable.setText(QCoreApplication.translate("RuleDialog", "Lend it?", None))
        self.label_loan_days.setText(QCoreApplication.translate("RuleDialog", "Loan period", None))
        self.loan_days.setSuffix(QCoreApplication.translate("RuleDialog", " days", None))
        self.label_renewals.setText(QCoreApplication.translate("RuleDialog", "Renewals", None))
        self.label_charge.setText(QCoreApplication.translate("RuleDialog", "Charge", None))
        self.charge.setPlaceholderText(
            QCoreApplication.translate("RuleDialog", "\u2014 (empty: says nothing)", None)
        )
        self.label_conditions.setText(QCoreApplication.translate("RuleDialog", "Conditions", None))
        self.conditions.setPlaceholderText(
            QCoreApplication.translate("RuleDialog", "e.g. Library use only", None)
        )
        self.hint.setText(
            QCoreApplication.translate(
                "RuleDialog",
                "Leave a term at \u201c\u2014\u201d and the less specific rule, the partner's record or the library default decides it. Conditions add up: the library's, the partner's and every matching rule's.",
                None,
            )
        )

    # retranslateUi
