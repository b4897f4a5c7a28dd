// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesPage.h"

#include "CardKeysPanel.h"
#include "Format.h"
#include "auth/AuthService.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "devices/ReceiptOutput.h"
#include "magstripe/Msr605Encoder.h"
#include "receipt/ReceiptPrinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSerialPortInfo>
#include <QVBoxLayout>

#ifdef CLUB_WITH_PCSC
#include "pcsc/MifareClassic.h"
#include "pcsc/PcscStation.h"
#endif

namespace Club::Ui {

namespace {
constexpr int kReaderTestTimeoutMs = 4000;
constexpr int kEncoderTestTimeoutMs = 2000;

QLabel *resultLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QComboBox *pathCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(24);
    // Paths read left to right in any language.
    combo->lineEdit()->setLayoutDirection(Qt::LeftToRight);
    return combo;
}

QString storeName(UiContext &context)
{
    const Core::Result<QString> name = context.auth().setting(QStringLiteral("store.name"));
    return name ? *name : QString();
}

void fillSerialPorts(QComboBox *combo)
{
    const QString typed = combo->currentText();
    combo->clear();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        combo->addItem(info.systemLocation());
    combo->setCurrentText(typed);
}
} // namespace

DevicesPage::DevicesPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    auto *heading = new QLabel(tr("Devices"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);

    auto *note = new QLabel(tr("These settings belong to this computer: each desk chooses its own reader, "
                               "encoder and printer."),
                            this);
    note->setWordWrap(true);

    auto *save = new QPushButton(tr("&Save device settings"), this);
    save->setObjectName(QStringLiteral("saveDevices"));
    connect(save, &QPushButton::clicked, this, &DevicesPage::save);

    m_keys = new CardKeysPanel(context, this);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(heading);
    column->addWidget(note);
    column->addWidget(createReaderGroup());
    column->addWidget(createStripeGroup());
    column->addWidget(createReceiptGroup());
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    column->addLayout(saveRow);
    column->addWidget(m_keys);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

#ifdef CLUB_WITH_PCSC
    if (DeviceHub *devices = context.devices()) {
        connect(devices->station(), &Devices::PcscStation::readersChanged, this, &DevicesPage::refreshReaders);
        connect(devices->station(), &Devices::PcscStation::serviceStateChanged, this, &DevicesPage::refreshReaders);
    }
#endif
    load();
}

DevicesPage::~DevicesPage() = default;

QString DevicesPage::title() const
{
    return tr("Devices");
}

QIcon DevicesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/devices.svg"));
}

void DevicesPage::activate()
{
    fillSerialPorts(m_encoderPort);
    fillSerialPorts(m_receiptPort);
    refreshReaders();
    m_keys->refresh();
}

QWidget *DevicesPage::createReaderGroup()
{
    auto *group = new QGroupBox(tr("Contactless card reader"), this);
    m_readerPattern = pathCombo(group, QStringLiteral("readerPattern"));
    m_readerPattern->setToolTip(tr("The reader's name, or a pattern such as \"ACS ACR122U*\". Leave it empty to "
                                   "use the first reader."));
    m_readerState = resultLabel(group, QStringLiteral("readerState"));
    m_tapToOpen = new QCheckBox(tr("Open the member when a card is placed on the reader"), group);
    m_tapToOpen->setObjectName(QStringLiteral("tapToOpen"));
    m_testReader = new QPushButton(tr("Test the reader"), group);
    m_testReader->setObjectName(QStringLiteral("testReader"));
    m_readerResult = resultLabel(group, QStringLiteral("readerResult"));
    connect(m_testReader, &QPushButton::clicked, this, &DevicesPage::testReader);

    auto *form = new QFormLayout(group);
    auto *label = new QLabel(tr("Reader:"), group);
    label->setBuddy(m_readerPattern);
    form->addRow(label, m_readerPattern);
    form->addRow(QString(), m_readerState);
    form->addRow(QString(), m_tapToOpen);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testReader);
    testRow->addWidget(m_readerResult, 1);
    form->addRow(QString(), testRow);
    return group;
}

QWidget *DevicesPage::createStripeGroup()
{
    auto *group = new QGroupBox(tr("Magnetic stripe"), this);
    m_wedge = new QCheckBox(tr("A swipe on a keyboard swipe reader opens the member, on any page"), group);
    m_wedge->setObjectName(QStringLiteral("wedgeReader"));
    m_encoderModel = new QComboBox(group);
    m_encoderModel->setObjectName(QStringLiteral("encoderModel"));
    m_encoderModel->addItem(tr("No encoder"), int(DeviceSettings::EncoderModel::None));
    m_encoderModel->addItem(QStringLiteral("MSR605 / MSR606"), int(DeviceSettings::EncoderModel::Msr605));
    m_encoderModel->addItem(QStringLiteral("MSR206"), int(DeviceSettings::EncoderModel::Msr206));
    m_encoderPort = pathCombo(group, QStringLiteral("encoderPort"));
    m_encoderPort->setToolTip(tr("Pick the port, or type its full path (for example /dev/ttyUSB0 or COM3)."));
    m_coercivity = new QComboBox(group);
    m_coercivity->setObjectName(QStringLiteral("coercivity"));
    m_coercivity->addItem(tr("High coercivity (Hi-Co, lasts longer)"), true);
    m_coercivity->addItem(tr("Low coercivity (Lo-Co)"), false);
    m_testEncoder = new QPushButton(tr("Test the encoder"), group);
    m_testEncoder->setObjectName(QStringLiteral("testEncoder"));
    m_encoderResult = resultLabel(group, QStringLiteral("encoderResult"));
    connect(m_testEncoder, &QPushButton::clicked, this, &DevicesPage::testEncoder);

    auto *form = new QFormLayout(group);
    form->addRow(QString(), m_wedge);
    auto *modelLabel = new QLabel(tr("Encoder:"), group);
    modelLabel->setBuddy(m_encoderModel);
    form->addRow(modelLabel, m_encoderModel);
    auto *portLabel = new QLabel(tr("Port:"), group);
    portLabel->setBuddy(m_encoderPort);
    form->addRow(portLabel, m_encoderPort);
    auto *coLabel = new QLabel(tr("Stripe:"), group);
    coLabel->setBuddy(m_coercivity);
    form->addRow(coLabel, m_coercivity);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testEncoder);
    testRow->addWidget(m_encoderResult, 1);
    form->addRow(QString(), testRow);
    return group;
}

QWidget *DevicesPage::createReceiptGroup()
{
    auto *group = new QGroupBox(tr("Receipt printer"), this);
    m_receiptPort = pathCombo(group, QStringLiteral("receiptPort"));
    m_receiptPort->setToolTip(tr("A serial port (/dev/ttyS0, COM1) or a printer device such as /dev/usb/lp0. "
                                 "Leave it empty when there is no receipt printer."));
    m_receiptBaud = new QComboBox(group);
    m_receiptBaud->setObjectName(QStringLiteral("receiptBaud"));
    for (int baud : {9600, 19200, 38400, 57600, 115200})
        m_receiptBaud->addItem(Format::number(baud), baud);
    m_receiptWidth = new QComboBox(group);
    m_receiptWidth->setObjectName(QStringLiteral("receiptWidth"));
    //: Receipt paper width, e.g. "80 mm paper"
    m_receiptWidth->addItem(tr("%1 mm paper").arg(Format::number(80)), 576);
    m_receiptWidth->addItem(tr("%1 mm paper").arg(Format::number(58)), 384);
    m_testReceipt = new QPushButton(tr("Print a test receipt"), group);
    m_testReceipt->setObjectName(QStringLiteral("testReceipt"));
    m_receiptResult = resultLabel(group, QStringLiteral("receiptResult"));
    connect(m_testReceipt, &QPushButton::clicked, this, &DevicesPage::testReceiptPrinter);

    auto *form = new QFormLayout(group);
    auto *portLabel = new QLabel(tr("Printer:"), group);
    portLabel->setBuddy(m_receiptPort);
    form->addRow(portLabel, m_receiptPort);
    auto *baudLabel = new QLabel(tr("Speed (baud):"), group);
    baudLabel->setBuddy(m_receiptBaud);
    form->addRow(baudLabel, m_receiptBaud);
    auto *widthLabel = new QLabel(tr("Paper:"), group);
    widthLabel->setBuddy(m_receiptWidth);
    form->addRow(widthLabel, m_receiptWidth);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testReceipt);
    testRow->addWidget(m_receiptResult, 1);
    form->addRow(QString(), testRow);
    return group;
}

void DevicesPage::load()
{
    const DeviceHub *devices = context().devices();
    const DeviceSettings s = devices ? devices->settings() : DeviceSettings::load();
    m_readerPattern->setCurrentText(s.readerPattern);
    m_tapToOpen->setChecked(s.tapToOpen);
    m_wedge->setChecked(s.wedgeReader);
    m_encoderModel->setCurrentIndex(qMax(0, m_encoderModel->findData(int(s.encoderModel))));
    m_encoderPort->setCurrentText(s.encoderPort);
    m_coercivity->setCurrentIndex(s.encoderHiCo ? 0 : 1);
    m_receiptPort->setCurrentText(s.receiptPort);
    m_receiptBaud->setCurrentIndex(qMax(0, m_receiptBaud->findData(s.receiptBaud)));
    m_receiptWidth->setCurrentIndex(qMax(0, m_receiptWidth->findData(s.receiptWidthDots)));
}

void DevicesPage::save()
{
    DeviceSettings s;
    s.readerPattern = m_readerPattern->currentText().trimmed();
    s.tapToOpen = m_tapToOpen->isChecked();
    s.wedgeReader = m_wedge->isChecked();
    s.encoderModel = DeviceSettings::EncoderModel(m_encoderModel->currentData().toInt());
    s.encoderPort = m_encoderPort->currentText().trimmed();
    s.encoderHiCo = m_coercivity->currentData().toBool();
    s.receiptPort = m_receiptPort->currentText().trimmed();
    s.receiptBaud = m_receiptBaud->currentData().toInt();
    s.receiptWidthDots = m_receiptWidth->currentData().toInt();
    if (DeviceHub *devices = context().devices())
        devices->setSettings(s);
    else
        s.save();
    refreshReaders();
}

void DevicesPage::refreshReaders()
{
#ifdef CLUB_WITH_PCSC
    DeviceHub *devices = context().devices();
    if (!devices) {
        m_readerState->clear();
        return;
    }
    const Devices::PcscStation *station = devices->station();
    const QString typed = m_readerPattern->currentText();
    m_readerPattern->clear();
    m_readerPattern->addItems(station->readers());
    m_readerPattern->setCurrentText(typed);
    if (station->serviceState() != Devices::PcscError::None) {
        m_readerState->setText(DeviceMessages::pcsc(station->serviceState()));
        return;
    }
    const QString selected = station->selectedReader();
    if (station->readers().isEmpty())
        m_readerState->setText(DeviceMessages::pcsc(Devices::PcscError::NoReaders));
    else if (selected.isEmpty())
        m_readerState->setText(DeviceMessages::pcsc(Devices::PcscError::ReaderNotFound));
    else
        m_readerState->setText(tr("In use: %1").arg(Format::ltr(selected)));
#endif
}

void DevicesPage::showResult(QLabel *label, bool ok, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b3261e;"));
}

void DevicesPage::testReader()
{
#ifdef CLUB_WITH_PCSC
    DeviceHub *devices = context().devices();
    if (!devices)
        return;
    save();
    m_testReader->setEnabled(false);
    m_readerResult->setText(tr("Testing…"));
    Devices::PcscStation *station = devices->station();
    station->submit(
        [](Devices::PcscCard &card, Devices::PcscError *error) {
            Devices::MifareClassic mifare(card);
            QByteArray uid;
            if (mifare.getUid(&uid) != Devices::MifareError::None)
                *error = mifare.lastPcscError() == Devices::PcscError::None ? Devices::PcscError::CardUnresponsive
                                                                              : mifare.lastPcscError();
            return QVariant(uid);
        },
        kReaderTestTimeoutMs, {}, this, [this](Devices::PcscError error, const QVariant &result) {
            m_testReader->setEnabled(true);
            if (error == Devices::PcscError::NoCard) {
                showResult(m_readerResult, true, tr("The reader answers. Place a card on it to test reading."));
            } else if (error != Devices::PcscError::None) {
                showResult(m_readerResult, false, DeviceMessages::pcsc(error));
            } else {
                // The end of the UID only: enough to tell cards apart.
                const QByteArray uid = result.toByteArray().toHex().toUpper();
                showResult(m_readerResult, true,
                           tr("The reader works. Card on the reader: chip …%1")
                               .arg(Format::ltr(QString::fromLatin1(uid.right(4)))));
            }
        });
#endif
}

void DevicesPage::testEncoder()
{
    save();
    const DeviceSettings s = context().devices() ? context().devices()->settings() : DeviceSettings::load();
    if (s.encoderModel == DeviceSettings::EncoderModel::None || s.encoderPort.isEmpty()) {
        showResult(m_encoderResult, false, tr("Choose the encoder and its port first."));
        return;
    }
    m_encoder = std::make_unique<Devices::Msr605Encoder>();
    m_encoder->setCommandTimeout(kEncoderTestTimeoutMs);
    m_encoder->setCoercivity(s.encoderHiCo ? Devices::Msr605Coercivity::High : Devices::Msr605Coercivity::Low);
    m_testEncoder->setEnabled(false);
    m_encoderResult->setText(tr("Testing…"));
    connect(m_encoder.get(), &Devices::Msr605Encoder::opened, this, [this, hiCo = s.encoderHiCo] {
        m_testEncoder->setEnabled(true);
        showResult(m_encoderResult, true,
                   hiCo ? tr("The encoder answered and is set for high-coercivity cards.")
                        : tr("The encoder answered and is set for low-coercivity cards."));
        m_encoder->close();
    });
    connect(m_encoder.get(), &Devices::Msr605Encoder::failed, this,
            [this](Devices::Msr605Encoder::ErrorKind error) {
                m_testEncoder->setEnabled(true);
                showResult(m_encoderResult, false, DeviceMessages::encoder(error));
                m_encoder->close();
            });
    m_encoder->open(s.encoderPort);
}

void DevicesPage::testReceiptPrinter()
{
    save();
    const DeviceSettings s = context().devices() ? context().devices()->settings() : DeviceSettings::load();
    if (s.receiptPort.isEmpty()) {
        showResult(m_receiptResult, false, tr("Type the receipt printer's port or device first."));
        return;
    }
    m_testReceipt->setEnabled(false);
    m_receiptResult->setText(tr("Printing…"));
    ReceiptOutput::print(ReceiptOutput::testReceipt(storeName(context())), s, this,
                         [this](Devices::ReceiptPrinter::Error error) {
                             m_testReceipt->setEnabled(true);
                             if (error == Devices::ReceiptPrinter::Error::None)
                                 showResult(m_receiptResult, true, tr("The test receipt was sent to the printer."));
                             else
                                 showResult(m_receiptResult, false, DeviceMessages::receipt(error));
                         });
}

} // namespace Club::Ui
