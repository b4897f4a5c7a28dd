// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Club::Devices {
class Msr605Encoder;
}

namespace Club::Ui {

class CardKeysPanel;

// This desk's devices: the contactless reader (chosen by a name pattern), the keyboard-wedge
// swipe reader, the magnetic stripe encoder (port typed or picked: ptys and some USB
// bridges are not listed), the receipt printer, each with a test button and a plain answer;
// and the club's card keys.
class DevicesPage : public Page
{
    Q_OBJECT

public:
    explicit DevicesPage(UiContext &context, QWidget *parent = nullptr);
    ~DevicesPage() override;

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::CardKeysUse; }
    void activate() override;

public Q_SLOTS:
    void save();
    void testReader();
    void testEncoder();
    void testReceiptPrinter();

private:
    QWidget *createReaderGroup();
    QWidget *createStripeGroup();
    QWidget *createReceiptGroup();
    void load();
    void refreshReaders();
    void showResult(QLabel *label, bool ok, const QString &text);

    QComboBox *m_readerPattern = nullptr;
    QLabel *m_readerState = nullptr;
    QCheckBox *m_tapToOpen = nullptr;
    QPushButton *m_testReader = nullptr;
    QLabel *m_readerResult = nullptr;

    QCheckBox *m_wedge = nullptr;
    QComboBox *m_encoderModel = nullptr;
    QComboBox *m_encoderPort = nullptr;
    QComboBox *m_coercivity = nullptr;
    QPushButton *m_testEncoder = nullptr;
    QLabel *m_encoderResult = nullptr;
    std::unique_ptr<Devices::Msr605Encoder> m_encoder;

    QComboBox *m_receiptPort = nullptr;
    QComboBox *m_receiptBaud = nullptr;
    QComboBox *m_receiptWidth = nullptr;
    QPushButton *m_testReceipt = nullptr;
    QLabel *m_receiptResult = nullptr;

    CardKeysPanel *m_keys = nullptr;
};

} // namespace Club::Ui
