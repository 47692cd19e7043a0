"""pipeline: stages that declare what they need, and the executors that run them."""
from .stage import Pipeline, PipelineError, Skip, Stage

__all__ = ["Pipeline", "PipelineError", "Skip", "Stage"]
