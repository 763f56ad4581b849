# Compiled from forms/library_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget, QWizardPage)

from illdesk.ui.field_form import FieldForm

class Ui_LibraryPage(object):
    def setupUi(self, LibraryPage: QWizardPage) -> None:
        if not LibraryPage.objectName():
            LibraryPage.setObjectName(u"LibraryPage")
        self.library_layout = QVBoxLayout(LibraryPage)
        self.library_layout.setObjectName(u"library_layout")
        self.form = FieldForm(LibraryPage)
        self.form.setObjectName(u"form")
        self.library_rows = QFormLayout(self.form)
        self.library_rows.setObjectName(u"library_rows")
        self.label_library_name = QLabel(self.form)
        self.label_library_name.setObjectName(u"label_library_name")

        self.library_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_library_name)

        self.library_name = QLineEdit(self.form)
        self.library_name.setObjectName(u"library_name")
        self.library_name.setProperty(u"field", u"library.name")

        self.library_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.library_name)

        self.label_library_symbol = QLabel(self.form)
        self.label_library_symbol.setObjectName(u"label_library_symbol")

        self.library_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_library_symbol)

        self.library_symbol = QLineEdit(self.form)
        self.library_symbol.setObjectName(u"library_symbol")
        self.library_symbol.setProperty(u"field", u"library.symbol")

        self.library_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.library_symbol)

        self.label_library_email = QLabel(self.form)
        self.label_library_email.setObjectName(u"label_library_email")

        self.library_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_library_email)

        self.library_email = QLineEdit(self.form)
        self.library_email.setObjectName(u"library_email")
        self.library_email.setProperty(u"field", u"library.email")

        self.library_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.library_email)

        self.label_privacy_retention_days = QLabel(self.form)
        self.label_privacy_retention_days.setObjectName(u"label_privacy_retention_days")

        self.library_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_privacy_retention_days)

        self.privacy_retention_days = QSpinBox(self.form)
        self.privacy_retention_days.setObjectName(u"privacy_retention_days")
        self.privacy_retention_days.setMinimum(1)
        self.privacy_retention_days.setMaximum(3650)
        self.privacy_retention_days.setValue(90)
        self.privacy_retention_days.setProperty(u"field", u"privacy.retention_days")

        self.library_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.privacy_retention_days)


        self.library_layout.addWidget(self.form)

        self.library_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.library_layout.addItem(self.library_stretch)

#if QT_CONFIG(shortcut)
        self.label_library_name.setBuddy(self.library_name)
        self.label_library_symbol.setBuddy(self.library_symbol)
        self.label_library_email.setBuddy(self.library_email)
        self.label_privacy_retention_days.setBuddy(self.privacy_retention_days)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.library_name, self.library_symbol)
        QWidget.setTabOrder(self.library_symbol, self.library_email)

        self.retranslateUi(LibraryPage)

        QMetaObject.connectSlotsByName(LibraryPage)
    # setupUi

    def retranslateUi(self, LibraryPage: QWizardPage) -> None:
        LibraryPage.setTitle(QCoreApplication.translate("LibraryPage", u"Your library", None))
        LibraryPage.setSubTitle(QCoreApplication.translate("LibraryPage", u"How your library is named on printouts and known to partners.", None))
        self.label_library_name.setText(QCoreApplication.translate("LibraryPage", u"Library name", None))
        self.library_name.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"e.g. Riverside Public Library", None))
        self.label_library_symbol.setText(QCoreApplication.translate("LibraryPage", u"Library symbol (ISIL or OCLC)", None))
#if QT_CONFIG(tooltip)
        self.library_symbol.setToolTip(QCoreApplication.translate("LibraryPage", u"The symbol partner libraries know you by: your ISIL (country code, dash, code) or OCLC symbol.", None))
#endif // QT_CONFIG(tooltip)
        self.library_symbol.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"e.g. DE-1 (ISIL) or OCLC:NYP", None))
        self.label_library_email.setText(QCoreApplication.translate("LibraryPage", u"ILL e-mail address", None))
        self.library_email.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"e.g. ill@library.example.org", None))
        self.label_privacy_retention_days.setText(QCoreApplication.translate("LibraryPage", u"Keep patron data after a request finishes", None))
#if QT_CONFIG(tooltip)
        self.privacy_retention_days.setToolTip(QCoreApplication.translate("LibraryPage", u"After this many days a finished request forgets its patron's name, e-mail and notes; statistics keep the patron category, dates and states.", None))
#endif // QT_CONFIG(tooltip)
        self.privacy_retention_days.setSuffix(QCoreApplication.translate("LibraryPage", u" days", None))
    # retranslateUi

