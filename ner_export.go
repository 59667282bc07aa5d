//go:build nertrain

package news

import "io"

// TrainNERModel trains the name tagger's model on CoNLL-style JSON Lines and
// writes it as text. It exists only in builds with the nertrain tag, for
// cmd/nertrain: the model ships embedded, and the library's API does not
// include training. Training is deterministic: the same input gives the
// same model, byte for byte (TestNERRetrainReproduces).
func TrainNERModel(train io.Reader, model io.Writer, logw io.Writer) error {
	return nerTrainModel(train, model, logw)
}
