# Compiled from forms/scanner_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scanner_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

from illdesk.ui.field_form import FieldForm

class Ui_ScannerPage(object):
    def setupUi(self, ScannerPage: QWizardPage) -> None:
        if not ScannerPage.objectName():
            ScannerPage.setObjectName(u"ScannerPage")
        self.scanner_layout = QVBoxLayout(ScannerPage)
        self.scanner_layout.setObjectName(u"scanner_layout")
        self.scanner_keyboard = QRadioButton(ScannerPage)
        self.scanner_keyboard.setObjectName(u"scanner_keyboard")
        self.scanner_keyboard.setChecked(True)

        self.scanner_layout.addWidget(self.scanner_keyboard)

        self.scanner_serial = QRadioButton(ScannerPage)
        self.scanner_serial.setObjectName(u"scanner_serial")

        self.scanner_layout.addWidget(self.scanner_serial)

        self.form = FieldForm(ScannerPage)
        self.form.setObjectName(u"form")
        self.scanner_rows = QFormLayout(self.form)
        self.scanner_rows.setObjectName(u"scanner_rows")
        self.label_scanner_port = QLabel(self.form)
        self.label_scanner_port.setObjectName(u"label_scanner_port")

        self.scanner_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_scanner_port)

        self.scanner_port = QComboBox(self.form)
        self.scanner_port.setObjectName(u"scanner_port")
        self.scanner_port.setMinimumSize(QSize(320, 0))
        self.scanner_port.setEditable(True)
        self.scanner_port.setProperty(u"field", u"hardware.scanner.port")

        self.scanner_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scanner_port)

        self.label_scanner_baud = QLabel(self.form)
        self.label_scanner_baud.setObjectName(u"label_scanner_baud")

        self.scanner_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_scanner_baud)

        self.scanner_baud = QComboBox(self.form)
        self.scanner_baud.setObjectName(u"scanner_baud")
        self.scanner_baud.setProperty(u"field", u"hardware.scanner.baud")

        self.scanner_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scanner_baud)

        self.scanner_open = QPushButton(self.form)
        self.scanner_open.setObjectName(u"scanner_open")

        self.scanner_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scanner_open)


        self.scanner_layout.addWidget(self.form)

        self.test_form = FieldForm(ScannerPage)
        self.test_form.setObjectName(u"test_form")
        self.test_rows = QFormLayout(self.test_form)
        self.test_rows.setObjectName(u"test_rows")
        self.label_scanner_test = QLabel(self.test_form)
        self.label_scanner_test.setObjectName(u"label_scanner_test")

        self.test_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_scanner_test)

        self.scanner_test = QLineEdit(self.test_form)
        self.scanner_test.setObjectName(u"scanner_test")
        self.scanner_test.setProperty(u"field", u"test")

        self.test_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scanner_test)

        self.label_scanner_read = QLabel(self.test_form)
        self.label_scanner_read.setObjectName(u"label_scanner_read")

        self.test_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_scanner_read)

        self.scanner_read = QLabel(self.test_form)
        self.scanner_read.setObjectName(u"scanner_read")
        self.scanner_read.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scanner_read)


        self.scanner_layout.addWidget(self.test_form)

        self.scanner_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scanner_layout.addItem(self.scanner_stretch)

#if QT_CONFIG(shortcut)
        self.label_scanner_port.setBuddy(self.scanner_port)
        self.label_scanner_baud.setBuddy(self.scanner_baud)
        self.label_scanner_test.setBuddy(self.scanner_test)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scanner_keyboard, self.scanner_serial)
        QWidget.setTabOrder(self.scanner_serial, self.scanner_port)
        QWidget.setTabOrder(self.scanner_port, self.scanner_baud)
        QWidget.setTabOrder(self.scanner_baud, self.scanner_open)
        QWidget.setTabOrder(self.scanner_open, self.scanner_test)

        self.retranslateUi(ScannerPage)

        QMetaObject.connectSlotsByName(ScannerPage)
    # setupUi

    def retranslateUi(self, ScannerPage: QWizardPage) -> None:
        ScannerPage.setTitle(QCoreApplication.translate("ScannerPage", u"Barcode scanner", None))
        ScannerPage.setSubTitle(QCoreApplication.translate("ScannerPage", u"Most USB scanners type like a keyboard and need nothing set. A scanner on a serial (COM) port needs its port. Scan any barcode into the test field.", None))
        self.scanner_keyboard.setText(QCoreApplication.translate("ScannerPage", u"&Keyboard (USB scanner that types the barcode)", None))
        self.scanner_serial.setText(QCoreApplication.translate("ScannerPage", u"S&erial port", None))
        self.label_scanner_port.setText(QCoreApplication.translate("ScannerPage", u"Port", None))
#if QT_CONFIG(accessibility)
        self.scanner_port.setAccessibleName(QCoreApplication.translate("ScannerPage", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.label_scanner_baud.setText(QCoreApplication.translate("ScannerPage", u"Speed (baud)", None))
#if QT_CONFIG(accessibility)
        self.scanner_baud.setAccessibleName(QCoreApplication.translate("ScannerPage", u"Speed (baud)", None))
#endif // QT_CONFIG(accessibility)
        self.scanner_open.setText(QCoreApplication.translate("ScannerPage", u"&Open the port", None))
        self.label_scanner_test.setText(QCoreApplication.translate("ScannerPage", u"Test field", None))
#if QT_CONFIG(accessibility)
        self.scanner_test.setAccessibleName(QCoreApplication.translate("ScannerPage", u"Test field", None))
#endif // QT_CONFIG(accessibility)
        self.scanner_test.setPlaceholderText(QCoreApplication.translate("ScannerPage", u"Click here and scan a barcode", None))
        self.label_scanner_read.setText(QCoreApplication.translate("ScannerPage", u"Read", None))
        self.scanner_read.setText(QCoreApplication.translate("ScannerPage", u"Nothing read yet.", None))
    # retranslateUi

