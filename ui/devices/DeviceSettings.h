// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Club::Ui {

// The desk's own devices. They belong to this computer, not to the store, so they live in
// the per-user QSettings (group "devices"), never in the shared database.
struct DeviceSettings
{
    enum class EncoderModel { None, Msr605, Msr206 };

    QString readerPattern;   // wildcard over PC/SC reader names; empty = the first reader
    bool tapToOpen = true;   // a card placed on the reader opens its member
    bool wedgeReader = true; // a keyboard-wedge swipe opens its member
    EncoderModel encoderModel = EncoderModel::None;
    QString encoderPort;     // absolute path: /dev/ttyUSB0, a pty, COM3
    bool encoderHiCo = true;
    QString receiptPort;     // serial port or device file; empty = no receipt printer
    int receiptBaud = 19200;
    int receiptWidthDots = 576; // 576 for 80 mm paper, 384 for 58 mm

    static DeviceSettings load();
    void save() const;
};

} // namespace Club::Ui
