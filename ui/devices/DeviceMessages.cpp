// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceMessages.h"

namespace Club::Ui {

#ifdef CLUB_WITH_PCSC
QString DeviceMessages::pcsc(Devices::PcscError error)
{
    using E = Devices::PcscError;
    switch (error) {
    case E::None:
        return {};
    case E::NoService:
        return tr("The smart card service (pcscd) is not running. Start it, or ask your administrator.");
    case E::NoReaders:
        return tr("No card reader is connected. Plug in the reader and try again.");
    case E::ReaderNotFound:
        return tr("The card reader chosen in the device settings is not connected.");
    case E::NoCard:
        return tr("There is no card on the reader. Place the card on the reader and try again.");
    case E::CardRemoved:
    case E::ShortResponse:
        return tr("The card was taken off the reader too soon. Place it on the reader again and keep it "
                  "there until the work is done.");
    case E::CardUnresponsive:
        return tr("The card does not answer. It may be damaged or of an unsupported kind.");
    case E::SharingViolation:
        return tr("Another program is using the card reader. Close it and try again.");
    case E::Timeout:
        return tr("The card reader did not answer in time. Check the reader and try again.");
    case E::NotConnected:
    case E::InvalidArgument:
    case E::Failed:
        break;
    }
    return tr("The card reader reported an error. Try again; if it persists, reconnect the reader.");
}

QString DeviceMessages::mifare(Devices::MifareError error, Devices::PcscError transport)
{
    using E = Devices::MifareError;
    switch (error) {
    case E::None:
        return {};
    case E::Transport:
        return pcsc(transport);
    case E::AuthFailed:
        return tr("The card refused the club's keys. It is not one of our cards, or it belongs to another "
                  "club.");
    case E::OperationFailed:
        return tr("The card refused to be read or written. It may be locked or damaged.");
    case E::BadResponse:
    case E::InvalidArgument:
        break;
    }
    return tr("The card gave an unexpected answer. It may be of an unsupported kind.");
}
#endif

QString DeviceMessages::encoder(Devices::Msr605Encoder::ErrorKind error)
{
    using E = Devices::Msr605Encoder::ErrorKind;
    switch (error) {
    case E::OpenFailed:
        return tr("The card encoder's port could not be opened. Check the port in the device settings and "
                  "that the encoder is plugged in.");
    case E::NotOpen:
        return tr("The card encoder is not connected.");
    case E::Busy:
        return tr("The card encoder is still busy with the previous card.");
    case E::InvalidData:
        return tr("The data does not fit on the magnetic stripe.");
    case E::Timeout:
        return tr("The card encoder did not answer in time. Check that it is plugged in and switched on.");
    case E::Cancelled:
        return tr("Cancelled.");
    case E::Malformed:
    case E::UnknownStatus:
        return tr("The card encoder gave an answer this program does not understand. Check the encoder model "
                  "in the device settings.");
    case E::ReadWriteError:
        return tr("The stripe could not be read or written. Swipe the card again, evenly and at a steady "
                  "speed.");
    case E::CommandFormatError:
    case E::InvalidCommand:
        return tr("The card encoder refused the command. Check the encoder model in the device settings.");
    case E::BadSwipe:
        return tr("The swipe was not good enough to write the card. Swipe it again.");
    case E::SettingFailed:
        return tr("The card encoder refused the setting (for example high or low coercivity).");
    case E::PortError:
        return tr("The connection to the card encoder was lost. Check the cable.");
    }
    return tr("The card encoder reported an error.");
}

QString DeviceMessages::cardRead()
{
    return tr("The card could not be read. Place it on the reader again and keep it there for a moment.");
}

QString DeviceMessages::receipt(Devices::ReceiptPrinter::Error error)
{
    using E = Devices::ReceiptPrinter::Error;
    switch (error) {
    case E::None:
        return {};
    case E::OpenFailed:
        return tr("The receipt printer could not be opened. Check the port or device in the device settings and "
                  "that the printer is on.");
    case E::WriteFailed:
        return tr("Sending to the receipt printer failed. Check the cable and the printer.");
    case E::Timeout:
        return tr("The receipt printer stopped taking data. Check for a paper jam, an open cover or an empty "
                  "roll.");
    case E::Busy:
        return tr("The receipt printer is still printing the previous receipt.");
    case E::Cancelled:
        return tr("Printing was cancelled.");
    }
    return tr("The receipt printer reported an error.");
}

QString DeviceMessages::noKeys()
{
    return tr("This club has no card keys yet, so cards cannot be written or checked. A manager creates them on "
              "the Devices page, under Card keys.");
}

QString DeviceMessages::keysLocked()
{
    return tr("The club's card keys are locked, so this card cannot be checked. A manager can unlock them on "
              "the Devices page.");
}

} // namespace Club::Ui
