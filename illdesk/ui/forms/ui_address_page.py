# Compiled from forms/address_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'address_page.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

from illdesk.ui.field_form import FieldForm

class Ui_AddressPage(object):
    def setupUi(self, AddressPage: QWizardPage) -> None:
        if not AddressPage.objectName():
            AddressPage.setObjectName(u"AddressPage")
        self.address_layout = QVBoxLayout(AddressPage)
        self.address_layout.setObjectName(u"address_layout")
        self.form = FieldForm(AddressPage)
        self.form.setObjectName(u"form")
        self.address_rows = QFormLayout(self.form)
        self.address_rows.setObjectName(u"address_rows")
        self.label_library_country = QLabel(self.form)
        self.label_library_country.setObjectName(u"label_library_country")

        self.address_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_library_country)

        self.library_country = QComboBox(self.form)
        self.library_country.setObjectName(u"library_country")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.library_country.sizePolicy().hasHeightForWidth())
        self.library_country.setSizePolicy(sizePolicy)
        self.library_country.setEditable(True)
        self.library_country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.library_country.setProperty(u"field", u"library.country")

        self.address_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.library_country)

        self.label_library_currency = QLabel(self.form)
        self.label_library_currency.setObjectName(u"label_library_currency")

        self.address_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_library_currency)

        self.library_currency = QComboBox(self.form)
        self.library_currency.setObjectName(u"library_currency")
        sizePolicy.setHeightForWidth(self.library_currency.sizePolicy().hasHeightForWidth())
        self.library_currency.setSizePolicy(sizePolicy)
        self.library_currency.setEditable(True)
        self.library_currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.library_currency.setProperty(u"field", u"currency")

        self.address_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.library_currency)


        self.address_layout.addWidget(self.form)

        self.address_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.address_layout.addItem(self.address_stretch)

#if QT_CONFIG(shortcut)
        self.label_library_country.setBuddy(self.library_country)
        self.label_library_currency.setBuddy(self.library_currency)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.library_country, self.library_currency)

        self.retranslateUi(AddressPage)

        QMetaObject.connectSlotsByName(AddressPage)
    # setupUi

    def retranslateUi(self, AddressPage: QWizardPage) -> None:
        AddressPage.setTitle(QCoreApplication.translate("AddressPage", u"Postal address and currency", None))
        AddressPage.setSubTitle(QCoreApplication.translate("AddressPage", u"Where parcels come back to. Choose the country first: the lines follow it.", None))
        self.label_library_country.setText(QCoreApplication.translate("AddressPage", u"Country", None))
#if QT_CONFIG(accessibility)
        self.library_country.setAccessibleName(QCoreApplication.translate("AddressPage", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.label_library_currency.setText(QCoreApplication.translate("AddressPage", u"Currency", None))
#if QT_CONFIG(accessibility)
        self.library_currency.setAccessibleName(QCoreApplication.translate("AddressPage", u"Currency", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

