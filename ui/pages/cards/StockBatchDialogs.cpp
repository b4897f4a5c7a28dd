// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockBatchDialogs.h"

#include "Format.h"
#include "UiContext.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "cards/CardStockService.h"
#include "models/Labels.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kMaxValueDigits = 15;
// Batches smaller than this are made before a progress bar would even show.
constexpr int kProgressFrom = 200;
constexpr int kKindRole = Qt::UserRole + 1;

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(okText, QDialogButtonBox::ActionRole);
    ok->setObjectName(QStringLiteral("confirm"));
    ok->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void fillBranches(UiContext &context, QComboBox *combo)
{
    const Core::Result<QList<Core::Branch>> branches = context.auth().branches(context.actor());
    if (!branches)
        return;
    for (const Core::Branch &b : *branches) {
        if (b.active)
            combo->addItem(b.name, b.id);
    }
}
} // namespace

NewStockBatchDialog::NewStockBatchDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_type(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_value(new DigitLineEdit(this))
    , m_funding(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_errors(new FieldErrors(this))
{
    //: Dialog title: make a batch of pre-printed cards that belong to no member yet
    setWindowTitle(tr("New Card Batch"));
    m_type->setObjectName(QStringLiteral("stockType"));
    const Core::Result<QList<Core::CardType>> types = context.cards().cardTypes(context.actor(), false);
    if (types) {
        for (const Core::CardType &t : *types) {
            if (t.kind != Core::CardKind::Loyalty && t.kind != Core::CardKind::Discount &&
                t.kind != Core::CardKind::Gift)
                continue;
            //: A card type in a list: %1 its name, %2 its kind (loyalty, discount, gift)
            m_type->addItem(tr("%1 (%2)").arg(t.name, Labels::cardKind(t.kind)), QVariant::fromValue(qint64(t.id)));
            m_type->setItemData(m_type->count() - 1, int(t.kind), kKindRole);
        }
    }
    m_branch->setObjectName(QStringLiteral("stockBranch"));
    fillBranches(context, m_branch);
    const int own = m_branch->findData(QVariant::fromValue(qint64(context.actor().branchId)));
    m_branch->setCurrentIndex(qMax(0, own));
    m_quantity->setObjectName(QStringLiteral("stockQuantity"));
    m_quantity->setRange(1, Core::CardStockService::kMaxBatch);
    m_quantity->setValue(100);
    m_quantity->setGroupSeparatorShown(true);
    m_value->setObjectName(QStringLiteral("preloadedValue"));
    m_value->setMaxDigits(kMaxValueDigits);
    m_funding->setObjectName(QStringLiteral("valueFunding"));
    //: Who pays for a gift card's preloaded value: the customer who gets the card (money taken)
    m_funding->addItem(tr("Paid by the customer"), false);
    //: Who pays for a gift card's preloaded value: the club gives it away, booked as a promotion cost
    m_funding->addItem(tr("Promotion, given by the club"), true);
    m_note->setObjectName(QStringLiteral("stockNote"));

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("Card &type:"), m_type, QStringLiteral("cardTypeId"));
    m_errors->addRow(form, tr("&Branch:"), m_branch, QStringLiteral("branchId"));
    //: How many cards the batch makes
    m_errors->addRow(form, tr("&Cards:"), m_quantity, QStringLiteral("quantity"));
    //: Money a gift card carries, given to the member when the card is activated
    m_errors->addRow(form, tr("Gift &value:"), m_value, QStringLiteral("preloadedValue"));
    //: Label of the choice: whether the customer pays for the gift value or the club gives it
    m_errors->addRow(form, tr("Value &paid by:"), m_funding, QStringLiteral("promotional"));
    m_errors->addRow(form, tr("N&ote:"), m_note, QStringLiteral("note"));
    QLabel *general = m_errors->addGeneral();

    QDialogButtonBox *buttons = okCancel(this, tr("&Make Cards"));
    m_confirm = buttons->findChild<QPushButton *>(QStringLiteral("confirm"));
    connect(m_confirm, &QPushButton::clicked, this, &NewStockBatchDialog::makeBatch);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewStockBatchDialog::typeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    typeChanged();
}

void NewStockBatchDialog::typeChanged()
{
    const bool gift = m_type->currentData(kKindRole).toInt() == int(Core::CardKind::Gift);
    m_value->setEnabled(gift);
    m_funding->setEnabled(gift);
    if (!gift) {
        m_value->clear();
        m_funding->setCurrentIndex(0);
    }
}

bool NewStockBatchDialog::makeBatch()
{
    if (m_running)
        return false;
    m_errors->clear();
    Core::StockBatchDraft draft;
    draft.cardTypeId = m_type->currentData().toLongLong();
    draft.branchId = m_branch->currentData().toLongLong();
    draft.quantity = m_quantity->value();
    draft.note = m_note->text();
    draft.promotional = m_funding->currentData().toBool();
    const QString value = m_value->latinText();
    if (!value.isEmpty()) {
        bool ok = false;
        draft.preloadedValue = value.toLongLong(&ok);
        if (!ok) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter the gift value in digits."), {},
                                             QStringLiteral("preloadedValue")));
            return false;
        }
    }
    if (draft.quantity >= kProgressFrom) {
        //: Progress while a batch of cards is made; %1 is how many
        m_progress = new QProgressDialog(tr("Making %1 cards…").arg(Format::number(draft.quantity)), tr("Cancel"), 0,
                                         draft.quantity, this);
        m_progress->setObjectName(QStringLiteral("batchProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setValue(0);
        connect(m_progress, &QProgressDialog::canceled, this, [this] { m_worker.cancel(); });
    }
    setBusy(true);
    m_running = true;
    // The worker thread gets its own connection from Database::connection(); it reports
    // progress to the bar through the event loop and stops at the next report once cancelled.
    Core::CardStockService *service = &m_context.cardStock();
    const Core::Actor actor = m_context.actor();
    const std::atomic_bool *cancel = m_worker.cancelFlag();
    const QPointer<QProgressDialog> bar = m_progress;
    // The previous batch's thread may still be ending after handing over its result.
    m_worker.stopAndWait();
    m_worker.start<Core::Result<Core::StockBatch>>(
        this,
        [service, actor, draft, cancel, bar] {
            return service->createBatch(actor, draft, [cancel, bar](int done) {
                if (bar)
                    QMetaObject::invokeMethod(
                        bar, [bar, done] { if (bar) bar->setValue(done); }, Qt::QueuedConnection);
                return !cancel->load();
            });
        },
        [this](const Core::Result<Core::StockBatch> &made) { finished(made); });
    return true;
}

void NewStockBatchDialog::setBusy(bool busy)
{
    m_confirm->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_branch),
                       static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_note)})
        w->setEnabled(!busy);
    if (!busy) {
        typeChanged();
    } else {
        m_value->setEnabled(false);
        m_funding->setEnabled(false);
    }
}

void NewStockBatchDialog::finished(const Core::Result<Core::StockBatch> &made)
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_running = false;
    setBusy(false);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (!made) {
        m_errors->report(made.error());
        return;
    }
    m_batch = *made;
    accept();
}

void NewStockBatchDialog::reject()
{
    // Closing while the cards are being made cancels them: nothing is written.
    if (m_running) {
        m_closeWhenDone = true;
        m_worker.cancel();
        return;
    }
    QDialog::reject();
}

StockRangeDialog::StockRangeDialog(UiContext &context, Mode mode, const Core::StockBatch &batch, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_batch(batch)
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_text(new QLineEdit(this))
    , m_errors(new FieldErrors(this))
{
    setWindowTitle(mode == Mode::Distribute ? tr("Distribute Cards") : tr("Block Cards"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    //: %1 the batch number, %2 the card type, %3 and %4 the first and last card numbers
    intro->setText(tr("Batch %1 (%2): cards %3 to %4.")
                       .arg(Format::number(batch.id), batch.cardTypeName, Labels::cardNumber(batch.firstNumber),
                            Labels::cardNumber(batch.lastNumber)));
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_from->setRange(1, batch.quantity);
    m_to->setRange(1, batch.quantity);
    m_from->setValue(1);
    m_to->setValue(batch.quantity);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    //: Between the first and the last position of a range of cards: "1 to 50"
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto *rangeBox = new QWidget(this);
    range->setContentsMargins(0, 0, 0, 0);
    rangeBox->setLayout(range);

    auto *form = new QFormLayout;
    //: Which cards of the batch, by their position in it (1 = the first card)
    m_errors->addRow(form, tr("&Cards:"), rangeBox, QStringLiteral("range"));
    if (mode == Mode::Distribute) {
        m_branch = new QComboBox(this);
        m_branch->setObjectName(QStringLiteral("toBranch"));
        //: In the list of branches that can receive cards: the cards stay at their branch
        m_branch->addItem(tr("No branch (an event or organisation)"), QVariant::fromValue(qint64(0)));
        fillBranches(context, m_branch);
        m_recipient = new QLineEdit(this);
        m_recipient->setObjectName(QStringLiteral("recipient"));
        m_text->setObjectName(QStringLiteral("distributionNote"));
        m_errors->addRow(form, tr("To &branch:"), m_branch, QStringLiteral("branchId"));
        //: Who receives the cards: an event or organisation, in words
        m_errors->addRow(form, tr("&Event or organisation:"), m_recipient, QStringLiteral("recipient"));
        m_errors->addRow(form, tr("N&ote:"), m_text, QStringLiteral("note"));
    } else {
        m_text->setObjectName(QStringLiteral("blockReason"));
        m_errors->addRow(form, tr("&Reason:"), m_text, QStringLiteral("reason"));
    }
    QLabel *general = m_errors->addGeneral();
    QDialogButtonBox *buttons = okCancel(this, mode == Mode::Distribute ? tr("&Distribute") : tr("&Block Cards"));
    connect(buttons->findChild<QPushButton *>(QStringLiteral("confirm")), &QPushButton::clicked, this,
            &StockRangeDialog::apply);
    // Wide enough that the card numbers in the heading are not broken across lines.
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
}

bool StockRangeDialog::apply()
{
    m_errors->clear();
    Core::Result<int> done = 0;
    if (m_mode == Mode::Distribute) {
        Core::StockDistribution d;
        d.batchId = m_batch.id;
        d.fromSeq = m_from->value();
        d.toSeq = m_to->value();
        d.toBranchId = m_branch->currentData().toLongLong();
        d.recipient = m_recipient->text();
        d.note = m_text->text();
        done = m_context.cardStock().distribute(m_context.actor(), d);
    } else {
        done =
            m_context.cardStock().block(m_context.actor(), m_batch.id, m_from->value(), m_to->value(), m_text->text());
    }
    if (!done) {
        m_errors->report(done.error());
        return false;
    }
    m_count = *done;
    accept();
    return true;
}

} // namespace Club::Ui
