// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceDialog.h"

#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kMaxPriceDigits = 15;
}

PriceDialog::PriceDialog(UiContext &context, const Core::Product &product, const QList<Core::Branch> &branches,
                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_product(product)
    , m_errors(new FieldErrors(this))
    , m_branch(new QComboBox(this))
    , m_price(new DigitLineEdit(this))
    , m_from(new DateEdit(this))
{
    //: Dialog title; %1 is the product's name
    setWindowTitle(tr("New Price for %1").arg(product.displayName()));
    m_branch->setObjectName(QStringLiteral("branch"));
    m_branch->addItem(tr("All branches"), QVariant::fromValue<qint64>(Core::kNoId));
    for (const Core::Branch &b : branches) {
        if (b.active)
            m_branch->addItem(b.name, QVariant::fromValue<qint64>(b.id));
    }
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setMaxDigits(kMaxPriceDigits);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setDate(QDate::currentDate());

    auto *note = new QLabel(tr("The new price closes the current period of the same branch on that day. Past "
                               "prices are never changed."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Branch:"), m_branch, QStringLiteral("branch"));
    m_errors->addRow(form, tr("&Price:"), m_price, QStringLiteral("price"));
    m_errors->addRow(form, tr("&From:"), m_from, QStringLiteral("from"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_price->setFocus();
}

bool PriceDialog::newPrice(UiContext &context, const Core::Product &product, const QList<Core::Branch> &branches,
                           QWidget *parent)
{
    PriceDialog dialog(context, product, branches, parent);
    return dialog.exec() == QDialog::Accepted;
}

QDateTime PriceDialog::startOf(const QDate &day)
{
    // Another day starts at its midnight; a past day is left for the service to refuse.
    if (day != QDate::currentDate())
        return day.startOfDay().toUTC();
    QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
    soon.setTime(QTime(soon.time().hour(), soon.time().minute()));
    return soon;
}

bool PriceDialog::save()
{
    m_errors->clear();
    bool ok = false;
    const qint64 price = m_price->latinText().toLongLong(&ok);
    if (!ok) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter the price."), {},
                                         QStringLiteral("price")));
        return false;
    }
    const QDate day = m_from->date();
    if (!day.isValid()) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter the day the price starts."), {},
                                         QStringLiteral("from")));
        return false;
    }
    const Core::Status set = m_context.catalog().setPrice(m_context.actor(), m_product.id,
                                                          m_branch->currentData().toLongLong(), price, startOf(day));
    if (!set) {
        m_errors->report(set.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
