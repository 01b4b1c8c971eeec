package vn.da06.submission;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The step's processor: what becomes of one inbox file ({@link WorkbookProcessor}). Called on several threads at
 * once for the files of a chunk; it writes nothing and shares only the run's immutable reference data.
 */
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
