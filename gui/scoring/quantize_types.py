"""The quantization types offered for a smaller copy (llama.cpp's; smallest first)."""

COPY_TYPES = ("Q2_K", "Q3_K_M", "Q4_0", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0")
