// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magstripe/Msr605Encoder.h"
#include "receipt/ReceiptPrinter.h"

#include <QCoreApplication>
#include <QString>

#ifdef CLUB_WITH_PCSC
#include "pcsc/MifareClassic.h"
#include "pcsc/PcscContext.h"
#endif

namespace Club::Ui {

// What a device error means for the person at the counter, in their language, with what
// to do next. devices/ returns enums; only the UI speaks.
class DeviceMessages
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::DeviceMessages)

public:
#ifdef CLUB_WITH_PCSC
    static QString pcsc(Devices::PcscError error);
    static QString mifare(Devices::MifareError error, Devices::PcscError transport);
#endif
    static QString encoder(Devices::Msr605Encoder::ErrorKind error);
    static QString cardRead();
    static QString receipt(Devices::ReceiptPrinter::Error error);
    static QString keysLocked();
    static QString noKeys(); // no key version exists yet
};

} // namespace Club::Ui
