# Compiled from forms/ship_dialog.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ship_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.field_form import FieldForm

class Ui_ShipDialog(object):
    def setupUi(self, ShipDialog: QDialog) -> None:
        if not ShipDialog.objectName():
            ShipDialog.setObjectName(u"ShipDialog")
        self.ship_layout = QVBoxLayout(ShipDialog)
        self.ship_layout.setObjectName(u"ship_layout")
        self.heading = QLabel(ShipDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self.ship_layout.addWidget(self.heading)

        self.form = FieldForm(ShipDialog)
        self.form.setObjectName(u"form")
        self.ship_rows = QFormLayout(self.form)
        self.ship_rows.setObjectName(u"ship_rows")
        self.label_carrier = QLabel(self.form)
        self.label_carrier.setObjectName(u"label_carrier")

        self.ship_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_carrier)

        self.carrier = QComboBox(self.form)
        self.carrier.setObjectName(u"carrier")

        self.ship_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carrier)

        self.label_weight = QLabel(self.form)
        self.label_weight.setObjectName(u"label_weight")

        self.ship_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_weight)

        self.weight = QLineEdit(self.form)
        self.weight.setObjectName(u"weight")

        self.ship_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weight)

        self.label_tracking = QLabel(self.form)
        self.label_tracking.setObjectName(u"label_tracking")

        self.ship_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_tracking)

        self.tracking = ScanBox(self.form)
        self.tracking.setObjectName(u"tracking")

        self.ship_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tracking)

        self.label_value = QLabel(self.form)
        self.label_value.setObjectName(u"label_value")

        self.ship_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_value)

        self.value = QLineEdit(self.form)
        self.value.setObjectName(u"value")

        self.ship_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.value)

        self.label_currency = QLabel(self.form)
        self.label_currency.setObjectName(u"label_currency")

        self.ship_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_currency)

        self.currency = QLineEdit(self.form)
        self.currency.setObjectName(u"currency")

        self.ship_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.currency)

        self.label_description = QLabel(self.form)
        self.label_description.setObjectName(u"label_description")

        self.ship_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_description)

        self.description = QLineEdit(self.form)
        self.description.setObjectName(u"description")

        self.ship_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description)

        self.label_hs = QLabel(self.form)
        self.label_hs.setObjectName(u"label_hs")

        self.ship_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_hs)

        self.hs = QLineEdit(self.form)
        self.hs.setObjectName(u"hs")

        self.ship_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hs)


        self.ship_layout.addWidget(self.form)

        self.note = QLabel(ShipDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.ship_layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(ShipDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.ship_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_carrier.setBuddy(self.carrier)
        self.label_weight.setBuddy(self.weight)
        self.label_tracking.setBuddy(self.tracking)
        self.label_value.setBuddy(self.value)
        self.label_currency.setBuddy(self.currency)
        self.label_description.setBuddy(self.description)
        self.label_hs.setBuddy(self.hs)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.carrier, self.weight)
        QWidget.setTabOrder(self.weight, self.tracking)
        QWidget.setTabOrder(self.tracking, self.value)
        QWidget.setTabOrder(self.value, self.currency)
        QWidget.setTabOrder(self.currency, self.description)
        QWidget.setTabOrder(self.description, self.hs)

        self.retranslateUi(ShipDialog)

        QMetaObject.connectSlotsByName(ShipDialog)
    # setupUi

    def retranslateUi(self, ShipDialog: QDialog) -> None:
        self.label_carrier.setText(QCoreApplication.translate("ShipDialog", u"Carrier", None))
        self.label_weight.setText(QCoreApplication.translate("ShipDialog", u"Weight (kg)", None))
        self.weight.setPlaceholderText(QCoreApplication.translate("ShipDialog", u"kg, e.g. 0.8", None))
        self.label_tracking.setText(QCoreApplication.translate("ShipDialog", u"Tracking number", None))
        self.tracking.setPlaceholderText(QCoreApplication.translate("ShipDialog", u"Scan the tracking barcode, or Enter to ship", None))
        self.label_value.setText(QCoreApplication.translate("ShipDialog", u"Declared value", None))
        self.label_currency.setText(QCoreApplication.translate("ShipDialog", u"Currency", None))
        self.label_description.setText(QCoreApplication.translate("ShipDialog", u"Contents (customs)", None))
        self.label_hs.setText(QCoreApplication.translate("ShipDialog", u"HS tariff number", None))
        pass
    # retranslateUi

