# Compiled from forms/peers_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'peers_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget, QWizardPage)

from illdesk.ui.field_form import FieldForm

class Ui_PeersPage(object):
    def setupUi(self, PeersPage: QWizardPage) -> None:
        if not PeersPage.objectName():
            PeersPage.setObjectName(u"PeersPage")
        self.peers_layout = QVBoxLayout(PeersPage)
        self.peers_layout.setObjectName(u"peers_layout")
        self.peer_listen = QCheckBox(PeersPage)
        self.peer_listen.setObjectName(u"peer_listen")

        self.peers_layout.addWidget(self.peer_listen)

        self.form = FieldForm(PeersPage)
        self.form.setObjectName(u"form")
        self.form.setEnabled(False)
        self.peer_rows = QFormLayout(self.form)
        self.peer_rows.setObjectName(u"peer_rows")
        self.label_peer_port = QLabel(self.form)
        self.label_peer_port.setObjectName(u"label_peer_port")

        self.peer_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_peer_port)

        self.peer_port = QSpinBox(self.form)
        self.peer_port.setObjectName(u"peer_port")
        self.peer_port.setMinimum(1)
        self.peer_port.setMaximum(65535)
        self.peer_port.setValue(18626)
        self.peer_port.setProperty(u"field", u"interop.iso18626.listener_port")

        self.peer_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.peer_port)

        self.label_peer_agency_type = QLabel(self.form)
        self.label_peer_agency_type.setObjectName(u"label_peer_agency_type")

        self.peer_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_peer_agency_type)

        self.peer_agency_type = QComboBox(self.form)
        self.peer_agency_type.addItem(u"ISIL")
        self.peer_agency_type.addItem(u"OCLC")
        self.peer_agency_type.setObjectName(u"peer_agency_type")
        self.peer_agency_type.setProperty(u"field", u"interop.iso18626.agency_id_type")

        self.peer_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.peer_agency_type)

        self.label_peer_agency_value = QLabel(self.form)
        self.label_peer_agency_value.setObjectName(u"label_peer_agency_value")

        self.peer_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_peer_agency_value)

        self.peer_agency_value = QLineEdit(self.form)
        self.peer_agency_value.setObjectName(u"peer_agency_value")
        self.peer_agency_value.setProperty(u"field", u"interop.iso18626.agency_id_value")

        self.peer_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.peer_agency_value)


        self.peers_layout.addWidget(self.form)

        self.peers_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.peers_layout.addItem(self.peers_stretch)

#if QT_CONFIG(shortcut)
        self.label_peer_port.setBuddy(self.peer_port)
        self.label_peer_agency_type.setBuddy(self.peer_agency_type)
        self.label_peer_agency_value.setBuddy(self.peer_agency_value)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peer_listen, self.peer_port)
        QWidget.setTabOrder(self.peer_port, self.peer_agency_type)
        QWidget.setTabOrder(self.peer_agency_type, self.peer_agency_value)

        self.retranslateUi(PeersPage)

        QMetaObject.connectSlotsByName(PeersPage)
    # setupUi

    def retranslateUi(self, PeersPage: QWizardPage) -> None:
        PeersPage.setTitle(QCoreApplication.translate("PeersPage", u"ISO 18626 partners", None))
        PeersPage.setSubTitle(QCoreApplication.translate("PeersPage", u"Partner libraries whose systems speak ISO 18626 can send requests straight to this desk. Leave it off if you exchange requests by e-mail.", None))
        self.peer_listen.setText(QCoreApplication.translate("PeersPage", u"&Receive ISO 18626 messages on this desk", None))
        self.label_peer_port.setText(QCoreApplication.translate("PeersPage", u"Port", None))
#if QT_CONFIG(accessibility)
        self.peer_port.setAccessibleName(QCoreApplication.translate("PeersPage", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.label_peer_agency_type.setText(QCoreApplication.translate("PeersPage", u"Agency id type", None))

#if QT_CONFIG(accessibility)
        self.peer_agency_type.setAccessibleName(QCoreApplication.translate("PeersPage", u"Agency id type", None))
#endif // QT_CONFIG(accessibility)
        self.label_peer_agency_value.setText(QCoreApplication.translate("PeersPage", u"Our agency id", None))
#if QT_CONFIG(accessibility)
        self.peer_agency_value.setAccessibleName(QCoreApplication.translate("PeersPage", u"Our agency id", None))
#endif // QT_CONFIG(accessibility)
        self.peer_agency_value.setPlaceholderText(QCoreApplication.translate("PeersPage", u"e.g. DE-1", None))
    # retranslateUi

