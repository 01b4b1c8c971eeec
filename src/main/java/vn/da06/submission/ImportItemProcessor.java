package vn.da06.submission;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The step's processor: one {@link WorkbookProcessor} decision per inbox file, with the run's reference data. */
class ImportItemProcessor implements ItemProcessor<InboxFile, ImportOutcome> {

    private final WorkbookProcessor processor;
    private final ReferenceData reference;

    ImportItemProcessor(WorkbookProcessor processor, ReferenceData reference) {
        this.processor = processor;
        this.reference = reference;
    }

    @Override
    public ImportOutcome process(InboxFile file) {
        return processor.process(file, reference);
    }
}
